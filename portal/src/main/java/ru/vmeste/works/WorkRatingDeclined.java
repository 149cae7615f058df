package ru.vmeste.works;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;

/**
 * A moderator did not publish a resident's rating of works; the author hears why.
 */
public record WorkRatingDeclined(WorkId work, String title, UserId author, @Nullable String reason, Instant at) {
}
