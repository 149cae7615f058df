package ru.vmeste.statistics.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one appeal adds to the rollups: to its submission day's cohort and to the days things
 * happened to it, and to the organizations it stayed at. The rollups are sums of these, so a
 * change of an appeal is applied as its new contributions minus its old ones.
 */
final class Contributions {

	/** The nil uuid stands for an unknown district or topic group in the rollups' keys. */
	static final UUID UNKNOWN = new UUID(0, 0);

	/** A row of the appeal rollups. */
	record DayKey(LocalDate day, UUID district, UUID topicGroup) {
	}

	/** A row of the organization rollups. */
	record OrganizationKey(LocalDate day, UUID organization) {
	}

	final Map<DayKey, long[]> days = new HashMap<>();

	final Map<OrganizationKey, long[]> organizations = new HashMap<>();

	static Contributions none() {
		return new Contributions();
	}

	static Contributions of(@Nullable AppealFacts facts, Collection<HandlingFacts> handlings,
			Collection<AnswerFact> answers) {
		Contributions result = new Contributions();
		if (facts != null) {
			result.cohort(facts);
			result.flows(facts, answers);
		}
		handlings.forEach(result::stay);
		return result;
	}

	private void cohort(AppealFacts facts) {
		long[] row = day(facts.submittedOn(), facts);
		add(row, AppealCounter.SUBMITTED, true);
		add(row, AppealCounter.PUBLISHED, facts.isPublished());
		add(row, AppealCounter.ROUTED, facts.firstRoutedOn() != null);
		add(row, AppealCounter.ANSWERED, facts.firstAnsweredOn() != null);
		add(row, AppealCounter.ANSWERED_ON_TIME, Boolean.TRUE.equals(facts.answeredOnTime()));
		add(row, AppealCounter.ANSWERED_WITHIN_LEGAL, Boolean.TRUE.equals(facts.answeredWithinLegal()));
		row[AppealCounter.ANSWER_DAYS.ordinal()] += facts.answerWorkingDays() == null ? 0 : facts.answerWorkingDays();
		add(row, AppealCounter.CONFIRMED, facts.category() == Category.CONFIRMED);
		add(row, AppealCounter.NOT_CONFIRMED, facts.category() == Category.NOT_CONFIRMED);
		add(row, AppealCounter.DISPUTED, facts.category() == Category.DISPUTED);
		add(row, AppealCounter.AWAITING, facts.category() == Category.AWAITING);
		add(row, AppealCounter.OPEN, facts.category() == Category.OPEN);
		add(row, AppealCounter.OVERDUE, facts.overdue());
		add(row, AppealCounter.REOPENED, facts.reopens() > 0);
		add(row, AppealCounter.REROUTED, facts.reroutes() > 0);
		row[AppealCounter.RATINGS.ordinal()] += facts.ratings();
		row[AppealCounter.RATING_SUM.ordinal()] += facts.ratingSum();
	}

	private void flows(AppealFacts facts, Collection<AnswerFact> answers) {
		if (facts.publishedOn() != null) {
			day(facts.publishedOn(), facts)[AppealCounter.PUBLISHED_FLOW.ordinal()]++;
		}
		answers.forEach(answer -> day(answer.answeredOn(), facts)[AppealCounter.ANSWERED_FLOW.ordinal()]++);
		if (facts.closedOn() != null && "SOLVED".equals(facts.outcome())) {
			day(facts.closedOn(), facts)[AppealCounter.RESOLVED_FLOW.ordinal()]++;
		}
		if (facts.closedOn() != null && "NOT_CONFIRMED".equals(facts.outcome())) {
			day(facts.closedOn(), facts)[AppealCounter.NOT_CONFIRMED_FLOW.ordinal()]++;
		}
	}

	private void stay(HandlingFacts stay) {
		long[] row = organizations.computeIfAbsent(new OrganizationKey(stay.receivedOn(), stay.organization()),
				key -> new long[OrganizationCounter.SIZE]);
		row[OrganizationCounter.RECEIVED.ordinal()]++;
		add(row, OrganizationCounter.ANSWERED, stay.firstAnsweredOn() != null);
		add(row, OrganizationCounter.ANSWERED_ON_TIME, Boolean.TRUE.equals(stay.answeredOnTime()));
		add(row, OrganizationCounter.ANSWERED_WITHIN_LEGAL, Boolean.TRUE.equals(stay.answeredWithinLegal()));
		row[OrganizationCounter.ANSWER_DAYS.ordinal()] += stay.answerWorkingDays() == null ? 0 : stay.answerWorkingDays();
		add(row, OrganizationCounter.REROUTED_AWAY, stay.reroutedAway());
		add(row, OrganizationCounter.REOPENED, stay.reopens() > 0);
		row[OrganizationCounter.RATINGS.ordinal()] += stay.ratings();
		row[OrganizationCounter.RATING_SUM.ordinal()] += stay.ratingSum();
		add(row, OrganizationCounter.OPEN, stay.open());
		add(row, OrganizationCounter.OVERDUE, stay.overdue());
	}

	private long[] day(LocalDate day, AppealFacts facts) {
		return days.computeIfAbsent(new DayKey(day, orUnknown(facts.district()), orUnknown(facts.topicGroup())),
				key -> new long[AppealCounter.SIZE]);
	}

	private static void add(long[] row, AppealCounter counter, boolean when) {
		if (when) {
			row[counter.ordinal()]++;
		}
	}

	private static void add(long[] row, OrganizationCounter counter, boolean when) {
		if (when) {
			row[counter.ordinal()]++;
		}
	}

	static UUID orUnknown(@Nullable UUID id) {
		return id == null ? UNKNOWN : id;
	}

	/** These contributions minus the others: what applying a change adds to each row (rows left unchanged are dropped). */
	Contributions minus(Contributions old) {
		Contributions delta = new Contributions();
		subtract(days, old.days, delta.days);
		subtract(organizations, old.organizations, delta.organizations);
		return delta;
	}

	private static <K> void subtract(Map<K, long[]> now, Map<K, long[]> before, Map<K, long[]> into) {
		now.forEach((key, values) -> into.put(key, values.clone()));
		before.forEach((key, values) -> {
			long[] row = into.computeIfAbsent(key, k -> new long[values.length]);
			for (int i = 0; i < values.length; i++) {
				row[i] -= values[i];
			}
		});
		into.values().removeIf(row -> Arrays.stream(row).allMatch(value -> value == 0));
	}

	boolean isEmpty() {
		return days.isEmpty() && organizations.isEmpty();
	}

	/** The sum of several appeals' contributions, e.g. a fixture's. */
	static Contributions sum(List<Contributions> parts) {
		Contributions total = new Contributions();
		for (Contributions part : parts) {
			part.days.forEach((key, row) -> accumulate(total.days, key, row));
			part.organizations.forEach((key, row) -> accumulate(total.organizations, key, row));
		}
		return total;
	}

	private static <K> void accumulate(Map<K, long[]> into, K key, long[] row) {
		long[] target = into.computeIfAbsent(key, k -> new long[row.length]);
		for (int i = 0; i < row.length; i++) {
			target[i] += row[i];
		}
	}

}
