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

	/**
	 * The likely duplicates of a new report, at most five, most similar first. The spatial index of
	 * open public appeals ({@code reports_appeals_open_location_idx}, whose predicate is this
	 * query's status filter: change both together) finds the topic's open appeals in the square
	 * around the point, whatever waits for moderation or was closed there; each candidate's distance is
	 * computed on a plane (within 100 m it differs from the distance on the sphere by millimetres)
	 * and, only within the radius, its similarity, each once. Neither the trigram index nor
	 * {@code earth_distance} is used: a street where hundreds of people reported the same pothole
	 * after a snowfall holds hundreds of similar texts, which the trigram index would all return,
	 * and the distance on the sphere cost several times the rest of a candidate's check.
	 */
	@Transactional(readOnly = true)
	public List<Duplicate> of(TopicId topic, GeoPoint point, String text) {
		if (text.isBlank()) {
			return List.of();
		}
		double cosLat = Math.cos(Math.toRadians(point.lat()));
		double dLat = radius / METRES_PER_DEGREE;
		double dLon = radius / (METRES_PER_DEGREE * cosLat);
		return jdbc.sql("""
				with near as materialized (
				    select id, number, text,
				        :metresPerDegree * sqrt(power(lat - :lat, 2) + power((lon - :lon) * :cosLat, 2)) as distance
				    from reports_appeals
				    where topic_id = :topic and status in ('PUBLISHED', 'ROUTED', 'IN_PROGRESS', 'ANSWERED', 'REOPENED')
				      and location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))
				), scored as materialized (
				    select id, number, text, distance, similarity(text, :text) as similarity
				    from near
				    where distance <= :radius
				)
				select id, number, text, distance, similarity
				from scored
				where similarity >= :minSimilarity
				order by similarity desc, distance
				limit 5
				""")
			.param("text", text)
			.param("metresPerDegree", METRES_PER_DEGREE)
			.param("lat", point.lat())
			.param("lon", point.lon())
			.param("cosLat", cosLat)
			.param("topic", topic.value())
			.param("minLon", point.lon() - dLon)
			.param("maxLon", point.lon() + dLon)
			.param("minLat", point.lat() - dLat)
			.param("maxLat", point.lat() + dLat)
			.param("radius", radius)
			.param("minSimilarity", minSimilarity)
			.query((rs, row) -> new Duplicate(new AppealId(rs.getObject("id", UUID.class)), rs.getLong("number"),
					rs.getString("text"), (int) Math.round(rs.getDouble("distance")), rs.getDouble("similarity")))
			.list();
	}

}
