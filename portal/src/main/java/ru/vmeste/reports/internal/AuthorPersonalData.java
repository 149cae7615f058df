package ru.vmeste.reports.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;

/**
 * A resident's appeals, ratings and subscriptions in "download my data"; when the account is
 * deleted, the subscriptions and follows go (they exist only to write to the resident) and the
 * appeals and ratings stay, linked to an id that no longer has a name.
 */
@Component
class AuthorPersonalData implements PersonalDataSource {

	record AuthoredAppeal(long number, String status, String topicId, double lat, double lon, @Nullable String address,
			String text, String originalText, Instant createdAt, @Nullable Instant publishedAt) {
	}

	record GivenRating(long appealNumber, int score, boolean solved, @Nullable String comment, Instant createdAt) {
	}

	record Follow(long appealNumber, String reason, Instant since) {
	}

	record AreaSubscription(double lat, double lon, int radiusMetres, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	AuthorPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "appeals";
	}

	@Override
	public Object collect(UserId user) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("authored", jdbc.sql("""
				select number, status, topic_id, lat, lon, address, text, original_text, created_at, published_at
				from reports_appeals where author_id = ? order by created_at""")
			.param(user.value())
			.query((rs, row) -> new AuthoredAppeal(rs.getLong("number"), rs.getString("status"), rs.getString("topic_id"),
					rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("address"), rs.getString("text"),
					rs.getString("original_text"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()))
			.list());
		data.put("ratings", jdbc.sql("""
				select a.number, r.score, r.solved, r.comment, r.created_at
				from reports_ratings r join reports_appeals a on a.id = r.appeal_id
				where a.author_id = ? and r.author_id = ? order by r.created_at""")
			.params(user.value(), user.value())
			.query((rs, row) -> new GivenRating(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list());
		data.put("following", jdbc.sql("""
				select a.number, f.reason, f.since
				from reports_appeal_followers f join reports_appeals a on a.id = f.appeal_id
				where f.user_id = ? order by f.since""")
			.param(user.value())
			.query((rs, row) -> new Follow(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list());
		data.put("areaSubscriptions", areaSubscriptions(user));
		return data;
	}

	private List<AreaSubscription> areaSubscriptions(UserId user) {
		return jdbc.sql("select lat, lon, radius_m, created_at from reports_area_subscriptions where user_id = ? order by created_at")
			.param(user.value())
			.query((rs, row) -> new AreaSubscription(rs.getDouble(1), rs.getDouble(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from reports_appeal_followers where user_id = ?").param(deleted.user().value()).update();
		jdbc.sql("delete from reports_area_subscriptions where user_id = ?").param(deleted.user().value()).update();
		jdbc.sql("delete from reports_submission_keys where author_id = ?").param(deleted.user().value()).update();
	}

}
