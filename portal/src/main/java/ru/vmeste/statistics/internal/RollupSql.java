package ru.vmeste.statistics.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rebuild of the rollups in SQL: what each counter adds per appeal, per answer and per stay
 * at an organization — the same arithmetic as {@link Contributions}, which the tests hold equal.
 */
final class RollupSql {

	private static final Map<AppealCounter, String> COHORT = new EnumMap<>(AppealCounter.class);

	private static final Map<OrganizationCounter, String> STAY = new EnumMap<>(OrganizationCounter.class);

	static {
		COHORT.put(AppealCounter.SUBMITTED, "1");
		COHORT.put(AppealCounter.PUBLISHED, "(category <> 'NOT_PUBLISHED')::int");
		COHORT.put(AppealCounter.ROUTED, "(first_routed_on is not null)::int");
		COHORT.put(AppealCounter.ANSWERED, "(first_answered_on is not null)::int");
		COHORT.put(AppealCounter.ANSWERED_ON_TIME, "coalesce(answered_on_time, false)::int");
		COHORT.put(AppealCounter.ANSWERED_WITHIN_LEGAL, "coalesce(answered_within_legal, false)::int");
		COHORT.put(AppealCounter.ANSWER_DAYS, "coalesce(answer_working_days, 0)");
		COHORT.put(AppealCounter.CONFIRMED, "(category = 'CONFIRMED')::int");
		COHORT.put(AppealCounter.NOT_CONFIRMED, "(category = 'NOT_CONFIRMED')::int");
		COHORT.put(AppealCounter.DISPUTED, "(category = 'DISPUTED')::int");
		COHORT.put(AppealCounter.AWAITING, "(category = 'AWAITING')::int");
		COHORT.put(AppealCounter.OPEN, "(category = 'OPEN')::int");
		COHORT.put(AppealCounter.OVERDUE, "overdue::int");
		COHORT.put(AppealCounter.REOPENED, "(reopens > 0)::int");
		COHORT.put(AppealCounter.REROUTED, "(reroutes > 0)::int");
		COHORT.put(AppealCounter.RATINGS, "ratings");
		COHORT.put(AppealCounter.RATING_SUM, "rating_sum");
		STAY.put(OrganizationCounter.RECEIVED, "1");
		STAY.put(OrganizationCounter.ANSWERED, "(first_answered_on is not null)::int");
		STAY.put(OrganizationCounter.ANSWERED_ON_TIME, "coalesce(answered_on_time, false)::int");
		STAY.put(OrganizationCounter.ANSWERED_WITHIN_LEGAL, "coalesce(answered_within_legal, false)::int");
		STAY.put(OrganizationCounter.ANSWER_DAYS, "coalesce(answer_working_days, 0)");
		STAY.put(OrganizationCounter.REROUTED_AWAY, "rerouted_away::int");
		STAY.put(OrganizationCounter.REOPENED, "(reopens > 0)::int");
		STAY.put(OrganizationCounter.RATINGS, "ratings");
		STAY.put(OrganizationCounter.RATING_SUM, "rating_sum");
		STAY.put(OrganizationCounter.OPEN, "open::int");
		STAY.put(OrganizationCounter.OVERDUE, "overdue::int");
	}

	private RollupSql() {
	}

	static String days() {
		String columns = Arrays.stream(AppealCounter.values()).map(AppealCounter::column).collect(Collectors.joining(", "));
		String where = RollupStore.unknown("a.district_id") + ", " + RollupStore.unknown("a.topic_group_id");
		return "insert into statistics_days (day, district_id, topic_group_id, " + columns + ")\n"
				+ "select day, district_id, topic_group_id, " + RollupStore.sums(columns) + " from (\n"
				+ "select a.submitted_on as day, " + where + ", " + cohort() + " from statistics_appeals a where category <> 'NEW'\n"
				+ "union all select a.published_on, " + where + ", " + flow(AppealCounter.PUBLISHED_FLOW)
				+ " from statistics_appeals a where a.published_on is not null and category <> 'NEW'\n"
				+ "union all select n.answered_on, " + where + ", " + flow(AppealCounter.ANSWERED_FLOW)
				+ " from statistics_answers n join statistics_appeals a on a.appeal_id = n.appeal_id where category <> 'NEW'\n"
				+ "union all select a.closed_on, " + where + ", " + flow(AppealCounter.RESOLVED_FLOW)
				+ " from statistics_appeals a where a.closed_on is not null and a.outcome = 'SOLVED'\n"
				+ "union all select a.closed_on, " + where + ", " + flow(AppealCounter.NOT_CONFIRMED_FLOW)
				+ " from statistics_appeals a where a.closed_on is not null and a.outcome = 'NOT_CONFIRMED'\n"
				+ ") x (day, district_id, topic_group_id, " + columns + ") group by day, district_id, topic_group_id";
	}

	static String organizationDays() {
		String columns = Arrays.stream(OrganizationCounter.values())
			.map(OrganizationCounter::column)
			.collect(Collectors.joining(", "));
		String values = Arrays.stream(OrganizationCounter.values())
			.map(counter -> "sum(" + STAY.get(counter) + ")")
			.collect(Collectors.joining(", "));
		return "insert into statistics_organization_days (day, organization_id, " + columns + ")\n"
				+ "select received_on, organization_id, " + values + " from statistics_handlings group by received_on, organization_id";
	}

	private static String cohort() {
		return Arrays.stream(AppealCounter.values())
			.map(counter -> COHORT.getOrDefault(counter, "0"))
			.collect(Collectors.joining(", "));
	}

	private static String flow(AppealCounter only) {
		return Arrays.stream(AppealCounter.values())
			.map(counter -> counter == only ? "1" : "0")
			.collect(Collectors.joining(", "));
	}

}
