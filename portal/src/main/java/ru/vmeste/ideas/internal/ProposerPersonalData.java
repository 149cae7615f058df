package ru.vmeste.ideas.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;

/**
 * A resident's ideas, comments, supports and ratings in "download my data"; a deleted account's
 * follows go, its ideas, comments and supports stay (public record, counted in thresholds),
 * without a name.
 */
@Component
class ProposerPersonalData implements PersonalDataSource {

	record ProposedIdea(long number, String title, String text, String status, Instant createdAt) {
	}

	record WrittenComment(long ideaNumber, String text, String status, Instant createdAt) {
	}

	record Support(long ideaNumber, Instant since) {
	}

	record GivenRating(long ideaNumber, int score, Instant at) {
	}

	private final JdbcClient jdbc;

	ProposerPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "ideas";
	}

	@Override
	public Object collect(UserId user) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("proposed", jdbc.sql("""
				select number, title, text, status, created_at from ideas_ideas where author_id = ? order by created_at""")
			.param(user.value())
			.query((rs, row) -> new ProposedIdea(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list());
		data.put("comments", jdbc.sql("""
				select i.number, c.text, c.status, c.created_at from ideas_comments c join ideas_ideas i on i.id = c.idea_id
				where c.author_id = ? order by c.created_at""")
			.param(user.value())
			.query((rs, row) -> new WrittenComment(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list());
		data.put("supports", jdbc.sql("""
				select i.number, s.created_at from ideas_supports s join ideas_ideas i on i.id = s.idea_id
				where s.user_id = ? order by s.created_at""")
			.param(user.value())
			.query((rs, row) -> new Support(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list());
		data.put("ratings", jdbc.sql("""
				select i.number, r.score, r.at from ideas_ratings r join ideas_ideas i on i.id = r.idea_id
				where r.user_id = ? order by r.at""")
			.param(user.value())
			.query((rs, row) -> new GivenRating(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.list());
		return data;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from ideas_followers where user_id = ?").param(deleted.user().value()).update();
	}

}
