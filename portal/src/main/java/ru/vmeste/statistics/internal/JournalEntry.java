package ru.vmeste.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One appeal event as the statistics keep it: the facts the figures need, never a text or a
 * person (the executor is kept for the staff statistics only).
 *
 * @param topicGroup the topic's group when the event was taken in
 * @param lat latitude rounded to the open data grid
 * @param lon longitude rounded to the open data grid
 */
record JournalEntry(UUID appeal, long number, EventKind kind, Instant at, String status, @Nullable UUID topic,
		@Nullable UUID topicGroup, @Nullable UUID district, @Nullable Double lat, @Nullable Double lon,
		@Nullable UUID organization, @Nullable UUID from, @Nullable LocalDate deadline, @Nullable Integer score,
		@Nullable Boolean solved, @Nullable String outcome, @Nullable UUID executor, @Nullable UUID answer) {

	/** The life cycle's order: by time, and within one instant by the order the life cycle makes them. */
	static final Comparator<JournalEntry> ORDER = Comparator.comparing((JournalEntry entry) -> entry.at())
		.thenComparing(JournalEntry::kind);

	static JournalEntry of(UUID appeal, long number, EventKind kind, Instant at, String status) {
		return new JournalEntry(appeal, number, kind, at, status, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	JournalEntry where(@Nullable UUID topic, @Nullable UUID topicGroup, @Nullable UUID district) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry located(double lat, double lon) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry by(@Nullable UUID organization, @Nullable UUID from, @Nullable UUID executor) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry due(@Nullable LocalDate deadline) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry rated(int score, boolean solved) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry ended(String outcome) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

	JournalEntry answer(UUID answer) {
		return new JournalEntry(appeal, number, kind, at, status, topic, topicGroup, district, lat, lon, organization,
				from, deadline, score, solved, outcome, executor, answer);
	}

}
