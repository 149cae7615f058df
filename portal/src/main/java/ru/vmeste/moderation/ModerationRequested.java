package ru.vmeste.moderation;

import ru.vmeste.identity.UserId;

/**
 * A module asks for a resident's text to be moderated before it is published, e.g. a rating
 * of completed works or an idea.
 *
 * @param kind what the content is, e.g. {@code "WORK_RATING"}; the asking module's own word
 * @param subjectId the id of the content within the asking module
 * @param text the text to check and show to moderators
 * @param author who wrote it
 */
public record ModerationRequested(String kind, String subjectId, String text, UserId author) {
}
