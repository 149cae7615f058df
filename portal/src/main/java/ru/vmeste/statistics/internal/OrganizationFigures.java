package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;

/**
 * The organizations' figures from their rollups: for each organization (and, summed, for each
 * with its departments) the appeals that reached it within a period and how it handled them;
 * each figure one statement, kept a few seconds by the {@link FiguresCache}.
 */
@Service
public class OrganizationFigures {

	private static final String COLUMNS = Arrays.stream(OrganizationCounter.values())
		.map(OrganizationCounter::column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final FiguresCache cache;

	OrganizationFigures(JdbcClient jdbc, Organizations organizations, FiguresCache cache) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.cache = cache;
	}

	/**
	 * Every organization that received appeals in the period, sorted.
	 *
	 * @param withDepartments add each department's figures to its organization's (and list only the top level)
	 */
	public List<OrganizationTotals> ranking(@Nullable LocalDate from, @Nullable LocalDate to, boolean withDepartments,
			RankingOrder order) {
		new AppealFigures.Filter(from, to, null, null);
		return cache.get("ranking", Arrays.asList(from, to, withDepartments, order),
				() -> readRanking(from, to, withDepartments, order));
	}

	private List<OrganizationTotals> readRanking(@Nullable LocalDate from, @Nullable LocalDate to, boolean withDepartments,
			RankingOrder order) {
		Map<UUID, long[]> sums = sums(from, to, null);
		Map<UUID, Organization> known = organizations.all()
			.stream()
			.collect(Collectors.toMap(organization -> organization.id().value(), organization -> organization));
		if (withDepartments) {
			Map<UUID, long[]> rolled = new HashMap<>();
			sums.forEach((id, row) -> {
				long[] target = rolled.computeIfAbsent(top(id, known), key -> new long[row.length]);
				for (int i = 0; i < row.length; i++) {
					target[i] += row[i];
				}
			});
			sums = rolled;
		}
		return sums.entrySet()
			.stream()
			.map(entry -> new OrganizationTotals(entry.getKey(), known.get(entry.getKey()), entry.getValue()))
			.sorted(order.comparator())
			.toList();
	}

	/** One organization's figures over the period (its departments not included). */
	public OrganizationTotals of(OrganizationId organization, @Nullable LocalDate from, @Nullable LocalDate to) {
		return cache.get("organization", Arrays.asList(organization, from, to), () -> readOne(organization, from, to));
	}

	private OrganizationTotals readOne(OrganizationId organization, @Nullable LocalDate from, @Nullable LocalDate to) {
		long[] row = sums(from, to, organization.value()).getOrDefault(organization.value(),
				new long[OrganizationCounter.SIZE]);
		return new OrganizationTotals(organization.value(), organizations.find(organization).orElse(null), row);
	}

	private static UUID top(UUID id, Map<UUID, Organization> known) {
		UUID current = id;
		for (int depth = 0; depth < 10; depth++) {
			Organization organization = known.get(current);
			if (organization == null || organization.parent() == null) {
				return current;
			}
			current = organization.parent().value();
		}
		return current;
	}

	private Map<UUID, long[]> sums(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID only) {
		Period period = Period.of(from, to);
		List<Object> params = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		if (period.months() != null) {
			parts.add(select("statistics_organization_months", period.months()[0], period.months()[1], only, params));
		}
		period.dayRanges().forEach(days -> parts.add(select("statistics_organization_days", days[0], days[1], only, params)));
		Map<UUID, long[]> result = new HashMap<>();
		if (parts.isEmpty()) {
			return result;
		}
		jdbc.sql("select organization_id, " + RollupStore.sums(COLUMNS) + " from (" + String.join(" union all ", parts)
				+ ") r group by organization_id")
			.params(params)
			.query((RowCallbackHandler) rs -> {
				long[] values = new long[OrganizationCounter.SIZE];
				for (int i = 0; i < values.length; i++) {
					values[i] = rs.getLong(i + 2);
				}
				result.put(rs.getObject(1, UUID.class), values);
			});
		return result;
	}

	private static String select(String table, LocalDate from, LocalDate to, @Nullable UUID only, List<Object> params) {
		params.add(Date.valueOf(from));
		params.add(Date.valueOf(to));
		if (only != null) {
			params.add(only);
		}
		return "select organization_id, " + COLUMNS + " from " + table + " where day between ? and ?"
				+ (only == null ? "" : " and organization_id = ?");
	}

}
