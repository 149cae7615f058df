package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ru.vmeste.shared.DomainException;

/**
 * The appeal figures, read from the rollups only: sums over a period's whole months from the
 * month rows and over its loose days from the day rows — a few thousand rows at most, however
 * many appeals there are. Each figure is one statement (no transaction needed), kept a few
 * seconds by the {@link FiguresCache}.
 */
@Service("statisticsAppealFigures")
public class AppealFigures {

	/** At most this many points in a series. */
	static final int MAX_POINTS = 1000;

	private static final String SUMS = Arrays.stream(AppealCounter.values())
		.map(counter -> "coalesce(sum(" + counter.column() + "), 0)")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final FiguresCache cache;

	AppealFigures(JdbcClient jdbc, FiguresCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public AppealTotals totals(Filter filter) {
		return cache.get("totals", filter, () -> readTotals(filter));
	}

	private AppealTotals readTotals(Filter filter) {
		List<Object> params = new ArrayList<>();
		String rows = rows(filter, params);
		return jdbc.sql("select " + SUMS + " from (" + rows + ") r")
			.params(params)
			.query((rs, row) -> {
				long[] values = new long[AppealCounter.SIZE];
				for (int i = 0; i < values.length; i++) {
					values[i] = rs.getLong(i + 1);
				}
				return new AppealTotals(values);
			})
			.single();
	}

	/** Published appeals per district (the nil uuid for those outside every district). */
	public Map<UUID, Long> publishedByDistrict(Filter filter) {
		return cache.get("published-by-district", filter, () -> Collections.unmodifiableMap(readPublishedByDistrict(filter)));
	}

	private Map<UUID, Long> readPublishedByDistrict(Filter filter) {
		List<Object> params = new ArrayList<>();
		String rows = rows(filter, params);
		Map<UUID, Long> result = new LinkedHashMap<>();
		jdbc.sql("select district_id, sum(published) from (" + rows + ") r group by district_id order by 2 desc")
			.params(params)
			.query((RowCallbackHandler) rs -> result.put(rs.getObject(1, UUID.class), rs.getLong(2)));
		return result;
	}

	/** A metric per interval over the filter's period, every interval present (zero when nothing happened). */
	public List<SeriesPoint> series(Metric metric, Interval interval, Filter filter) {
		return timeline(interval, filter).stream().map(row -> new SeriesPoint(row.start(), row.get(metric))).toList();
	}

	/** Every metric per interval over the filter's period, every interval present. */
	public List<TimelineRow> timeline(Interval interval, Filter filter) {
		return cache.get("timeline", List.of(interval, filter), () -> readTimeline(interval, filter));
	}

	private List<TimelineRow> readTimeline(Interval interval, Filter filter) {
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		if (from == null || to == null) {
			throw DomainException.invalid("statistics.series.period");
		}
		List<LocalDate> starts = interval.starts(from, to);
		if (starts.size() > MAX_POINTS) {
			throw DomainException.invalid("statistics.series.too-long", MAX_POINTS);
		}
		List<Object> params = new ArrayList<>();
		// month rows hold whole months: only a monthly series may read them
		String rows = interval == Interval.MONTH ? rows(filter, params) : dayRows(filter, from, to, params);
		String sums = Arrays.stream(Metric.values())
			.map(metric -> "sum(" + metric.counter().column() + ")")
			.collect(Collectors.joining(", "));
		Map<LocalDate, long[]> values = new LinkedHashMap<>();
		jdbc.sql("select date_trunc('" + interval.sqlUnit() + "', day)::date, " + sums + " from (" + rows + ") r group by 1")
			.params(params)
			.query((RowCallbackHandler) rs -> {
				long[] row = new long[Metric.values().length];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getLong(i + 2);
				}
				values.put(rs.getDate(1).toLocalDate(), row);
			});
		long[] none = new long[Metric.values().length];
		return starts.stream().map(start -> new TimelineRow(start, values.getOrDefault(start, none))).toList();
	}

	/** The rollup rows of the filter: month rows for its whole months, day rows for the rest. */
	private String rows(Filter filter, List<Object> params) {
		Period period = Period.of(filter.from(), filter.to());
		List<String> parts = new ArrayList<>();
		if (period.months() != null) {
			parts.add(select("statistics_months", period.months()[0], period.months()[1], filter, params));
		}
		for (LocalDate[] days : period.dayRanges()) {
			parts.add(select("statistics_days", days[0], days[1], filter, params));
		}
		if (parts.isEmpty()) {
			return select("statistics_days", LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1), filter, params);
		}
		return String.join(" union all ", parts);
	}

	private String dayRows(Filter filter, LocalDate from, LocalDate to, List<Object> params) {
		return select("statistics_days", from, to, filter, params);
	}

	private static String select(String table, LocalDate from, LocalDate to, Filter filter, List<Object> params) {
		StringBuilder sql = new StringBuilder("select * from " + table + " where day between ? and ?");
		params.add(Date.valueOf(from));
		params.add(Date.valueOf(to));
		if (filter.district() != null) {
			sql.append(" and district_id = ?");
			params.add(filter.district());
		}
		if (filter.topicGroup() != null) {
			sql.append(" and topic_group_id = ?");
			params.add(filter.topicGroup());
		}
		return sql.toString();
	}

	/** Which appeals a figure counts: submitted within the period (either end open), in a district, of a topic group. */
	public record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID district,
			@Nullable UUID topicGroup) {

		public Filter {
			if (from != null && to != null && to.isBefore(from)) {
				throw DomainException.invalid("statistics.period.reversed");
			}
		}

	}

	/** One interval of the timeline: the day it starts and every metric's value over it. */
	public record TimelineRow(LocalDate start, long[] values) {

		public long get(Metric metric) {
			return values[metric.ordinal()];
		}

	}

	/** One interval of a series: the day it starts and the metric's value over it. */
	public record SeriesPoint(LocalDate start, long value) {
	}

}
