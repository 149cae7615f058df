package ru.vmeste.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;

/**
 * The outcome of moderating content that a module asked about with {@link ModerationRequested}.
 *
 * @param published whether the content may be shown publicly
 * @param reason why it was rejected or merged, or why its text was edited, in the moderator's words
 * @param editedText the public text after a moderator's edit, or {@code null} if unchanged
 * @param mergedInto the subject id of the published content it duplicates, when merged into it
 * @param moderator who decided, or {@code null} when the auto-publish rule did
 * @param decidedAt when
 */
public record ContentModerated(String kind, String subjectId, boolean published, @Nullable String reason,
		@Nullable String editedText, @Nullable String mergedInto, @Nullable UserId moderator, Instant decidedAt) {
}
