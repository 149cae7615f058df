package ru.vmeste.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.organizations.WorkCalendar;

/**
 * Keeps the statistics current: takes appeal events in once, works each appeal's figures out
 * again from all its events, and adds the difference to the rollups — in the caller's
 * transaction, under locks on the appeals' rows, so events of one appeal taken in at the same
 * time are applied one after the other and a redelivered event changes nothing. A batch of events
 * reads and locks its appeals together: a few statements per batch, not per event.
 */
@Service
class Projection {

	/** An event to take in: its fingerprint, its journal entry and the public text of the answer it brought, if any. */
	record Incoming(byte[] fingerprint, JournalEntry entry, @Nullable String answerText) {
	}

	/**
	 * An appeal to work out again: its number (for its first row) and the answers its events just
	 * brought, with their public texts (null when an event brought none).
	 */
	record Refold(long number, Map<UUID, @Nullable String> answerTexts) {
	}

	private final ProjectionStore store;

	private final RollupStore rollups;

	private final WorkCalendar calendar;

	private final Clock clock;

	Projection(ProjectionStore store, RollupStore rollups, WorkCalendar calendar, Clock clock) {
		this.store = store;
		this.rollups = rollups;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Takes events in (the caller's transaction) and works their appeals out again, each once;
	 * answers the events that had not been taken in before.
	 */
	List<Incoming> take(List<Incoming> events) {
		List<Incoming> taken = new ArrayList<>();
		Map<UUID, Long> numbers = new LinkedHashMap<>();
		Map<UUID, Map<UUID, @Nullable String>> answers = new HashMap<>();
		for (Incoming event : events) {
			if (!store.record(event.fingerprint(), event.entry())) {
				continue; // taken in before
			}
			taken.add(event);
			UUID appeal = event.entry().appeal();
			numbers.putIfAbsent(appeal, event.entry().number());
			UUID answer = event.entry().answer();
			if (answer != null) {
				Map<UUID, @Nullable String> brought = answers.computeIfAbsent(appeal, none -> new HashMap<>());
				if (event.answerText() != null || !brought.containsKey(answer)) {
					brought.put(answer, event.answerText());
				}
			}
		}
		Map<UUID, Refold> appeals = new LinkedHashMap<>();
		numbers.forEach((appeal, number) -> appeals.put(appeal,
				new Refold(number, Collections.unmodifiableMap(answers.getOrDefault(appeal, Map.of())))));
		refold(appeals);
		return taken;
	}

	/** Works appeals' figures out again, e.g. once their deadlines have passed (the caller's transaction). */
	void refold(Map<UUID, Refold> appeals) {
		if (appeals.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Map<UUID, AppealFacts> before = store.lock(appeals.keySet().stream()
			.collect(Collectors.toMap(appeal -> appeal, appeal -> appeals.get(appeal).number())), today);
		Map<UUID, List<HandlingFacts>> handlingsBefore = store.handlings(appeals.keySet());
		Map<UUID, List<AnswerFact>> answersBefore = store.answers(appeals.keySet());
		Map<UUID, List<JournalEntry>> journals = store.journals(appeals.keySet());
		AppealFold fold = new AppealFold(calendar.current(), clock.getZone());
		appeals.forEach((appeal, refold) -> {
			List<HandlingFacts> stays = handlingsBefore.getOrDefault(appeal, List.of());
			List<AnswerFact> answers = answersBefore.getOrDefault(appeal, List.of());
			AppealFold.Folded after = fold.fold(journals.getOrDefault(appeal, List.of()), today);
			rollups.apply(Contributions.of(after.facts(), after.handlings(), after.answers())
				.minus(Contributions.of(before.get(appeal), stays, answers)));
			store.save(after.facts());
			store.save(appeal, after.handlings(), stays.size());
			Set<UUID> known = answers.stream().map(AnswerFact::answer).collect(Collectors.toSet());
			after.answers()
				.stream()
				.filter(fact -> !known.contains(fact.answer()) || refold.answerTexts().containsKey(fact.answer()))
				.forEach(fact -> store.saveAnswer(fact, refold.answerTexts().get(fact.answer())));
		});
	}

}
