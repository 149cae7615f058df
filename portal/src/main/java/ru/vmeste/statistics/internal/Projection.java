package ru.vmeste.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.organizations.WorkCalendar;

/**
 * Keeps the statistics current: takes an appeal event in once, works the appeal's figures out
 * again from all its events, and adds the difference to the rollups — in the caller's
 * transaction, under a lock on the appeal's row, so events of one appeal taken in at the same
 * time are applied one after the other and a redelivered event changes nothing.
 */
@Service
class Projection {

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
	 * Takes an event in (the caller's transaction); false when it had been taken in before.
	 *
	 * @param answerText the public text of the answer the event brought, if it is one
	 */
	boolean take(byte[] fingerprint, JournalEntry entry, @Nullable String answerText) {
		if (!store.record(fingerprint, entry)) {
			return false;
		}
		refold(entry.appeal(), entry.number(), entry.answer(), answerText);
		return true;
	}

	/** Works an appeal's figures out again, e.g. once its deadline has passed (the caller's transaction). */
	void refold(UUID appeal, long number, @Nullable UUID answer, @Nullable String answerText) {
		LocalDate today = LocalDate.now(clock);
		Optional<AppealFacts> before = store.lock(appeal, number, today);
		List<HandlingFacts> handlingsBefore = store.handlings(appeal);
		List<AnswerFact> answersBefore = store.answers(appeal);
		AppealFold.Folded after = new AppealFold(calendar.current(), clock.getZone()).fold(store.journal(appeal), today);
		rollups.apply(Contributions.of(after.facts(), after.handlings(), after.answers())
			.minus(Contributions.of(before.orElse(null), handlingsBefore, answersBefore)));
		store.save(after.facts());
		store.save(appeal, after.handlings());
		Set<UUID> known = answersBefore.stream().map(AnswerFact::answer).collect(Collectors.toSet());
		after.answers()
			.stream()
			.filter(fact -> !known.contains(fact.answer()) || fact.answer().equals(answer))
			.forEach(fact -> store.saveAnswer(fact, fact.answer().equals(answer) ? answerText : null));
	}

}
