package ru.vmeste.moderation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested.Similar;
import ru.vmeste.moderation.internal.SpamSignals.Reason;
import ru.vmeste.shared.LocalizedText;

/**
 * A piece of content in the moderators' queue with the findings of the automatic checks.
 *
 * @param profanity abusive words found in the text, to highlight
 * @param spam signs of advertising or flooding
 * @param similar published content that likely says the same
 */
public record ModerationItem(UUID id, String kind, String subjectId, UserId author, @Nullable LocalizedText title,
		String text, @Nullable String link, State state, List<Vocabulary.Match> profanity, List<Reason> spam,
		List<Similar> similar, Instant requestedAt, @Nullable Instant decidedAt) {

	/** Where an item is in moderation. */
	public enum State {

		PENDING, PUBLISHED, REJECTED, MERGED

	}

	public boolean isFlagged() {
		return !profanity.isEmpty() || !spam.isEmpty() || !similar.isEmpty();
	}

	/** The text cut into plain and abusive pieces, so the page can highlight the abusive ones. */
	public List<Piece> highlighted() {
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Vocabulary.Match match : profanity) {
			if (match.start() < at || match.end() > text.length()) {
				continue;
			}
			if (match.start() > at) {
				pieces.add(new Piece(text.substring(at, match.start()), false));
			}
			pieces.add(new Piece(text.substring(match.start(), match.end()), true));
			at = match.end();
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), false));
		}
		return pieces;
	}

	/** A piece of the text; abusive pieces are highlighted. */
	public record Piece(String text, boolean abusive) {
	}

}
