package ru.vmeste.reports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Residents' subscriptions to new appeals around a point ("within 500 m of my home").
 */
@Component
@Transactional
public class AreaSubscriptions {

	/** A circle a resident watches. */
	public record Subscription(UUID id, GeoPoint center, int radiusMetres) {
	}

	public static final int MAX_RADIUS = 2000;

	public static final int MAX_PER_RESIDENT = 10;

	private static final double METRES_PER_DEGREE = 111_320;

	private final JdbcClient jdbc;

	private final Clock clock;

	AreaSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void subscribe(UserId user, GeoPoint center, int radiusMetres) {
		if (radiusMetres < 50 || radiusMetres > MAX_RADIUS) {
			throw DomainException.invalid("reports.subscription.radius", MAX_RADIUS);
		}
		if (of(user).size() >= MAX_PER_RESIDENT) {
			throw DomainException.conflict("reports.subscription.too-many", MAX_PER_RESIDENT);
		}
		jdbc.sql("insert into reports_area_subscriptions (id, user_id, lat, lon, radius_m, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), user.value(), center.lat(), center.lon(), radiusMetres,
					Timestamp.from(clock.instant()))
			.update();
	}

	public void unsubscribe(UserId user, UUID id) {
		jdbc.sql("delete from reports_area_subscriptions where id = ? and user_id = ?").params(id, user.value()).update();
	}

	@Transactional(readOnly = true)
	public List<Subscription> of(UserId user) {
		return jdbc.sql("select * from reports_area_subscriptions where user_id = ? order by created_at limit ?")
			.params(user.value(), MAX_PER_RESIDENT)
			.query((rs, row) -> new Subscription(rs.getObject("id", UUID.class),
					new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getInt("radius_m")))
			.list();
	}

	/** Residents with a subscription whose circle holds the point, each once. */
	@Transactional(readOnly = true)
	public Paged<UserId> subscribersNear(GeoPoint point, PageQuery page) {
		double dLat = MAX_RADIUS / METRES_PER_DEGREE;
		double dLon = MAX_RADIUS / (METRES_PER_DEGREE * Math.cos(Math.toRadians(point.lat())));
		String near = """
				from reports_area_subscriptions
				where location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))
				  and earth_distance(ll_to_earth(lat, lon), ll_to_earth(:lat, :lon)) <= radius_m
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("minLon", point.lon() - dLon);
		params.put("maxLon", point.lon() + dLon);
		params.put("minLat", point.lat() - dLat);
		params.put("maxLat", point.lat() + dLat);
		params.put("lat", point.lat());
		params.put("lon", point.lon());
		List<UserId> users = jdbc.sql("select distinct user_id " + near + " order by user_id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
		return Paged.of(users, page, () -> jdbc.sql("select count(distinct user_id) " + near).params(params)
			.query(Long.class)
			.single());
	}

}
