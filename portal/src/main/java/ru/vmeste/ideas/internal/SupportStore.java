package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * SQL for supports: one row per resident and idea, the primary key enforcing "once".
 */
@Repository
class SupportStore {

	private final JdbcClient jdbc;

	SupportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Answers whether the support is new (false: the resident supports the idea already). */
	boolean insert(IdeaId idea, UserId user, Instant at) {
		return jdbc.sql("insert into ideas_supports (idea_id, user_id, created_at) values (?, ?, ?) on conflict do nothing")
			.params(idea.value(), user.value(), Timestamp.from(at))
			.update() == 1;
	}

	boolean delete(IdeaId idea, UserId user) {
		return jdbc.sql("delete from ideas_supports where idea_id = ? and user_id = ?")
			.params(idea.value(), user.value())
			.update() == 1;
	}

	boolean exists(IdeaId idea, UserId user) {
		return jdbc.sql("select count(*) from ideas_supports where idea_id = ? and user_id = ?")
			.params(idea.value(), user.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Supports of one idea join another's (a merge); answers the other's count afterwards. */
	int moveAll(IdeaId from, IdeaId to) {
		jdbc.sql("""
				insert into ideas_supports (idea_id, user_id, created_at)
				select ?, user_id, created_at from ideas_supports where idea_id = ?
				on conflict do nothing
				""").params(to.value(), from.value()).update();
		return jdbc.sql("select count(*) from ideas_supports where idea_id = ?").param(to.value()).query(Integer.class).single();
	}

	Paged<UserId> supporters(IdeaId idea, PageQuery page) {
		List<UserId> users = jdbc.sql("select user_id from ideas_supports where idea_id = ? order by user_id limit ? offset ?")
			.params(idea.value(), page.size(), page.offset())
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
		long total = jdbc.sql("select count(*) from ideas_supports where idea_id = ?")
			.param(idea.value())
			.query(Long.class)
			.single();
		return Paged.of(users, page, total);
	}

}
