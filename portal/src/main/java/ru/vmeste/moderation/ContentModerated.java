package ru.vmeste.moderation;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of moderating content that a module asked about with {@link ModerationRequested}.
 *
 * @param published whether the content may be shown publicly
 * @param reason why it was rejected, in the moderator's words
 * @param editedText the public text after a moderator's edit, or {@code null} if unchanged
 */
public record ContentModerated(String kind, String subjectId, boolean published, @Nullable String reason,
		@Nullable String editedText) {
}
