package ru.vmeste.moderation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;

/**
 * A module asks for a resident's text to be moderated before it is published, e.g. an appeal,
 * a rating of completed works or an idea.
 *
 * @param kind what the content is, e.g. {@code "WORK_RATING"}; the asking module's own word
 * @param subjectId the id of the content within the asking module
 * @param text the text to check and show to moderators
 * @param author who wrote it
 * @param title what moderators see it as in the queue, e.g. the topic of an appeal
 * @param link a page of the asking module where moderators see the whole content; an element
 * with the id {@code moderation-preview} on it is shown next to the decision
 * @param similar published content the asking module found to be likely the same; a moderator
 * may merge the content into one of them
 */
public record ModerationRequested(String kind, String subjectId, String text, UserId author,
		@Nullable LocalizedText title, @Nullable String link, List<Similar> similar) {

	/** The journal stream the requests go to (taken by the queue and statistics in batches). */
	public static final String JOURNAL = "moderation.requests";

	public ModerationRequested {
		similar = List.copyOf(similar);
	}

	public ModerationRequested(String kind, String subjectId, String text, UserId author) {
		this(kind, subjectId, text, author, null, null, List.of());
	}

	/** Published content that likely says the same, e.g. an appeal about the same pothole. */
	public record Similar(String subjectId, String label, String text, @Nullable String link, int distanceMetres,
			double similarity) {
	}

}
