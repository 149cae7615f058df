package ru.vmeste.reports;

import java.time.Instant;

/**
 * The author of a held appeal confirmed their e-mail: it goes to moderation (HELD → MODERATION).
 */
public record AppealReleased(AppealId appeal, long number, AppealStatus status, Instant at) implements AppealEvent {
}
