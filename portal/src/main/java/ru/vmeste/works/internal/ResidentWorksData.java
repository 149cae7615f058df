package ru.vmeste.works.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;

/**
 * A resident's subscriptions to works and ratings of them in "download my data"; a deleted
 * account's subscriptions go, its ratings stay (they never showed their author).
 */
@Component
class ResidentWorksData implements PersonalDataSource {

	record Subscription(String workId, String title, Instant since) {
	}

	record GivenRating(String workId, String title, int score, String comment, @Nullable String publicComment,
			String status, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	ResidentWorksData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "works";
	}

	@Override
	public Object collect(UserId user) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscriptions", jdbc.sql("""
				select w.id, w.title, s.since from works_subscriptions s join works_works w on w.id = s.work_id
				where s.user_id = ? order by s.since""")
			.param(user.value())
			.query((rs, row) -> new Subscription(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list());
		data.put("ratings", jdbc.sql("""
				select w.id, w.title, r.score, r.comment, r.public_comment, r.status, r.created_at
				from works_ratings r join works_works w on w.id = r.work_id
				where r.author_id = ? order by r.created_at""")
			.param(user.value())
			.query((rs, row) -> new GivenRating(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list());
		return data;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from works_subscriptions where user_id = ?").param(deleted.user().value()).update();
	}

}
