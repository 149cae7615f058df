package ru.vmeste.works.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.statistics.PublicTotals;

/**
 * The number of works, for the public summary of the statistics.
 */
@Component
class WorkTotals implements PublicTotals {

	private final JdbcClient jdbc;

	WorkTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Total, Long> totals() {
		return Map.of(Total.WORKS, jdbc.sql("select count(*) from works_works").query(Long.class).single());
	}

}
