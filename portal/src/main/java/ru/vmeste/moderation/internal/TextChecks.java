package ru.vmeste.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationSettings;
import ru.vmeste.moderation.internal.SpamSignals.Reason;

/**
 * The automatic checks every text gets: abusive vocabulary and spam signals, including those
 * that need the author's history: the same text again within 30 days, and more than
 * {@code vmeste.moderation.max-submissions-per-hour} (5) texts in an hour.
 */
@Component
public class TextChecks {

	/** What the checks found. */
	public record Findings(List<Vocabulary.Match> profanity, List<Reason> spam) {

		public boolean isClean() {
			return profanity.isEmpty() && spam.isEmpty();
		}

	}

	private final ModerationVocabulary vocabulary;

	private final ItemStore items;

	private final Clock clock;

	private final int maxPerHour;

	TextChecks(ModerationVocabulary vocabulary, ItemStore items, Clock clock, ModerationSettings settings) {
		this.vocabulary = vocabulary;
		this.items = items;
		this.clock = clock;
		this.maxPerHour = settings.maxSubmissionsPerHour();
	}

	/** The checks that look at the text alone. */
	public Findings of(String text) {
		return new Findings(vocabulary.current().find(text), SpamSignals.in(text));
	}

	/** Every check, for a text the author is about to publish (not yet in the queue). */
	Findings of(String text, UserId author) {
		Findings alone = of(text);
		List<Reason> spam = new ArrayList<>(alone.spam());
		Instant now = clock.instant();
		ItemStore.AuthorHistory history = items.authorHistory(author, text, now.minus(Duration.ofDays(30)),
				now.minus(Duration.ofHours(1)));
		if (history.repeats()) {
			spam.add(Reason.REPEATED_TEXT);
		}
		if (history.recent() >= maxPerHour) {
			spam.add(Reason.SUBMISSION_RATE);
		}
		return new Findings(alone.profanity(), List.copyOf(spam));
	}

}
