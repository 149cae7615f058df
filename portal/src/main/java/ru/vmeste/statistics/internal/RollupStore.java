package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.vmeste.platform.TransactionScoped;

/**
 * Writes the rollups: adds an appeal's change to the day and month rows it touches, or builds
 * every rollup again from the projection ({@link #rebuild}), with the same arithmetic.
 * The changes of one transaction (a batch of a journal's events) are summed and written once,
 * just before it commits: one upsert per row touched, not one per event. Rows are always updated
 * in one order (table, then key), so concurrent changes never deadlock.
 */
@Repository
class RollupStore {

	private static final Comparator<Contributions.DayKey> DAY_ORDER = Comparator
		.comparing(Contributions.DayKey::day)
		.thenComparing(Contributions.DayKey::district)
		.thenComparing(Contributions.DayKey::topicGroup);

	private static final Comparator<Contributions.OrganizationKey> ORGANIZATION_ORDER = Comparator
		.comparing(Contributions.OrganizationKey::day)
		.thenComparing(Contributions.OrganizationKey::organization);

	private static final String DAY_COLUMNS = Arrays.stream(AppealCounter.values())
		.map(AppealCounter::column)
		.collect(Collectors.joining(", "));

	private static final String ORGANIZATION_COLUMNS = Arrays.stream(OrganizationCounter.values())
		.map(OrganizationCounter::column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	RollupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a change to the rollups when the caller's transaction commits (at once without one). */
	void apply(Contributions delta) {
		if (delta.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(delta);
			return;
		}
		pending().changes.add(delta);
	}

	/** This transaction's changes, so a transaction started inside it commits its own ({@link TransactionScoped}). */
	private Pending pending() {
		return TransactionScoped.of(Pending.class, pending -> pending.store() == this, Pending::new);
	}

	/** Writes a transaction's summed changes just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final List<Contributions> changes = new ArrayList<>();

		RollupStore store() {
			return RollupStore.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write(Contributions.sum(changes));
			changes.clear();
		}

	}

	private void write(Contributions delta) {
		Map<Contributions.DayKey, long[]> days = new TreeMap<>(DAY_ORDER);
		days.putAll(delta.days);
		Map<Contributions.DayKey, long[]> months = new TreeMap<>(DAY_ORDER);
		days.forEach((key, row) -> add(months,
				new Contributions.DayKey(key.day().withDayOfMonth(1), key.district(), key.topicGroup()), row));
		Map<Contributions.OrganizationKey, long[]> organizationDays = new TreeMap<>(ORGANIZATION_ORDER);
		organizationDays.putAll(delta.organizations);
		Map<Contributions.OrganizationKey, long[]> organizationMonths = new TreeMap<>(ORGANIZATION_ORDER);
		organizationDays.forEach((key, row) -> add(organizationMonths,
				new Contributions.OrganizationKey(key.day().withDayOfMonth(1), key.organization()), row));
		days.forEach((key, row) -> upsertDay("statistics_days", key, row));
		months.forEach((key, row) -> upsertDay("statistics_months", key, row));
		organizationDays.forEach((key, row) -> upsertOrganization("statistics_organization_days", key, row));
		organizationMonths.forEach((key, row) -> upsertOrganization("statistics_organization_months", key, row));
	}

	private static <K> void add(Map<K, long[]> into, K key, long[] row) {
		long[] target = into.computeIfAbsent(key, k -> new long[row.length]);
		for (int i = 0; i < row.length; i++) {
			target[i] += row[i];
		}
	}

	private void upsertDay(String table, Contributions.DayKey key, long[] row) {
		if (unchanged(row)) {
			return;
		}
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(key.day()), key.district(), key.topicGroup()));
		Arrays.stream(row).forEach(params::add);
		jdbc.sql("insert into %s (day, district_id, topic_group_id, %s) values (?, ?, ?, %s) on conflict "
				.formatted(table, DAY_COLUMNS, placeholders(row.length))
				+ "(day, district_id, topic_group_id) do update set " + increments(table, DAY_COLUMNS))
			.params(params)
			.update();
	}

	private void upsertOrganization(String table, Contributions.OrganizationKey key, long[] row) {
		if (unchanged(row)) {
			return;
		}
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(key.day()), key.organization()));
		Arrays.stream(row).forEach(params::add);
		jdbc.sql("insert into %s (day, organization_id, %s) values (?, ?, %s) on conflict "
				.formatted(table, ORGANIZATION_COLUMNS, placeholders(row.length))
				+ "(day, organization_id) do update set " + increments(table, ORGANIZATION_COLUMNS))
			.params(params)
			.update();
	}

	/** Nothing to add: the transaction's changes to the row cancel out. */
	private static boolean unchanged(long[] row) {
		return Arrays.stream(row).allMatch(value -> value == 0);
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private static String increments(String table, String columns) {
		return Arrays.stream(columns.split(", "))
			.map(column -> column + " = " + table + "." + column + " + excluded." + column)
			.collect(Collectors.joining(", "));
	}

	/**
	 * Builds every rollup again from the projection in the database, e.g. after a bulk load or
	 * a change of what a figure counts; the same sums the events keep current.
	 */
	void rebuild() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			pending().changes.clear(); // the projection the rollups are built from holds them
		}
		jdbc.sql("truncate statistics_days, statistics_months, statistics_organization_days, statistics_organization_months")
			.update();
		jdbc.sql(RollupSql.days()).update();
		jdbc.sql("insert into statistics_months (day, district_id, topic_group_id, %1$s) select date_trunc('month', day)::date, "
				.formatted(DAY_COLUMNS) + "district_id, topic_group_id, " + sums(DAY_COLUMNS)
				+ " from statistics_days group by 1, 2, 3")
			.update();
		jdbc.sql(RollupSql.organizationDays()).update();
		jdbc.sql("insert into statistics_organization_months (day, organization_id, %1$s) select date_trunc('month', day)::date, "
				.formatted(ORGANIZATION_COLUMNS) + "organization_id, " + sums(ORGANIZATION_COLUMNS)
				+ " from statistics_organization_days group by 1, 2")
			.update();
	}

	static String sums(String columns) {
		return Arrays.stream(columns.split(", ")).map(column -> "sum(" + column + ")").collect(Collectors.joining(", "));
	}

	/** The nil uuid the rollups use for an unknown district or group, as SQL. */
	static String unknown(String column) {
		return "coalesce(" + column + ", '" + new UUID(0, 0) + "'::uuid)";
	}

	static Date date(LocalDate day) {
		return Date.valueOf(day);
	}

}
