package ru.vmeste.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An idea moved to another status; its followers hear about it, and when it is done its
 * supporters are asked to rate the result.
 *
 * @param title the idea's public title, for the mail
 * @param note the public reason, e.g. a moderator's or an expert's note
 */
public record IdeaStatusChanged(IdeaId idea, long number, String title, @Nullable CampaignId campaign,
		IdeaStatus from, IdeaStatus to, @Nullable String note, Instant at) {
}
