package ru.vmeste.identity;

import java.time.Instant;

/**
 * A resident deleted their account: identity has erased their personal data, and every module
 * that keeps something about the user for the user's sake (subscriptions, devices) drops it.
 * What belongs to the public record (published appeals, ratings, ballots) stays, without a name.
 */
public record AccountDeleted(UserId user, Instant at) {
}
