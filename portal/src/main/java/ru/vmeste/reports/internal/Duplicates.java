package ru.vmeste.reports.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;

/**
 * Finds published, unresolved appeals that likely report the same problem: the same topic,
 * within {@code vmeste.reports.duplicates.radius} (100 m) and with a similar text (pg_trgm
 * similarity at least {@code vmeste.reports.duplicates.min-similarity}, 0.2).
 */
@Component
public class Duplicates {

	/** A likely duplicate, with how far away and how similar it is. */
	public record Duplicate(AppealId id, long number, String text, int distanceMetres, double similarity) {
	}

	private static final double METRES_PER_DEGREE = 111_320;

	private final JdbcClient jdbc;

	private final int radius;

	private final double minSimilarity;

	Duplicates(JdbcClient jdbc, ReportsSettings settings) {
		this.jdbc = jdbc;
		this.radius = settings.duplicates().radius();
		this.minSimilarity = settings.duplicates().minSimilarity();
	}

	@Transactional(readOnly = true)
	public List<Duplicate> of(TopicId topic, GeoPoint point, String text) {
		if (text.isBlank()) {
			return List.of();
		}
		double dLat = radius / METRES_PER_DEGREE;
		double dLon = radius / (METRES_PER_DEGREE * Math.cos(Math.toRadians(point.lat())));
		// the % operator takes its threshold from this setting, and then uses the trigram index
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(String.valueOf(minSimilarity))
			.query(String.class)
			.single();
		return jdbc.sql("""
				select id, number, text, similarity(text, :text) as similarity,
				    earth_distance(ll_to_earth(lat, lon), ll_to_earth(:lat, :lon)) as distance
				from reports_appeals
				where topic_id = :topic and status in ('PUBLISHED', 'ROUTED', 'IN_PROGRESS', 'ANSWERED', 'REOPENED')
				  and location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))
				  and text % :text
				  and earth_distance(ll_to_earth(lat, lon), ll_to_earth(:lat, :lon)) <= :radius
				order by similarity desc, distance
				limit 5
				""")
			.param("text", text)
			.param("lat", point.lat())
			.param("lon", point.lon())
			.param("topic", topic.value())
			.param("minLon", point.lon() - dLon)
			.param("maxLon", point.lon() + dLon)
			.param("minLat", point.lat() - dLat)
			.param("maxLat", point.lat() + dLat)
			.param("radius", radius)
			.query((rs, row) -> new Duplicate(new AppealId(rs.getObject("id", UUID.class)), rs.getLong("number"),
					rs.getString("text"), (int) Math.round(rs.getDouble("distance")), rs.getDouble("similarity")))
			.list();
	}

}
