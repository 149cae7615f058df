package ru.vmeste.statistics.web;

import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.statistics.internal.AppealFigures;
import ru.vmeste.statistics.internal.Interval;

/**
 * What the dashboard shows: a period (the last twelve months by default), a district, a topic
 * group and the interval of its charts — the same in the page, its tables and its downloads.
 */
record DashboardFilters(LocalDate from, LocalDate to, @Nullable UUID districtId, @Nullable UUID topicGroupId,
		Interval interval) {

	static DashboardFilters of(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID districtId,
			@Nullable UUID topicGroupId, @Nullable String interval, LocalDate today) {
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
		Interval unit = interval == null || interval.isBlank() ? Interval.MONTH : Interval.of(interval);
		return new DashboardFilters(start, end, districtId, topicGroupId, unit);
	}

	AppealFigures.Filter filter() {
		return new AppealFigures.Filter(from, to, districtId, topicGroupId);
	}

	/** The query string that gives the same figures, e.g. for a download. */
	String query() {
		StringJoiner query = new StringJoiner("&");
		query.add("from=" + from).add("to=" + to);
		if (districtId != null) {
			query.add("districtId=" + districtId);
		}
		if (topicGroupId != null) {
			query.add("topicGroupId=" + topicGroupId);
		}
		query.add("interval=" + interval.name().toLowerCase(java.util.Locale.ROOT));
		return query.toString();
	}

	String intervalCode() {
		return interval.name().toLowerCase(java.util.Locale.ROOT);
	}

}
