package ru.vmeste.ideas.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Residents who follow an idea hear about its changes by mail; its author and its supporters
 * follow it from the start and may stop.
 */
@Service
@Transactional
public class Following {

	private final JdbcClient jdbc;

	private final IdeaStore ideas;

	Following(JdbcClient jdbc, IdeaStore ideas) {
		this.jdbc = jdbc;
		this.ideas = ideas;
	}

	/** Follows a public idea (a resident's own page action). */
	public void start(IdeaId idea, UserId user) {
		if (ideas.find(idea).filter(found -> found.status().isPublic()).isEmpty()) {
			throw DomainException.notFound("ideas.idea.not-found");
		}
		follow(idea, user);
	}

	public void stop(IdeaId idea, UserId user) {
		jdbc.sql("delete from ideas_followers where idea_id = ? and user_id = ?")
			.params(idea.value(), user.value())
			.update();
	}

	void follow(IdeaId idea, UserId user) {
		jdbc.sql("insert into ideas_followers (idea_id, user_id) values (?, ?) on conflict do nothing")
			.params(idea.value(), user.value())
			.update();
	}

	/** Followers of one idea join those of another (a merge). */
	void moveAll(IdeaId from, IdeaId to) {
		jdbc.sql("""
				insert into ideas_followers (idea_id, user_id)
				select ?, user_id from ideas_followers where idea_id = ?
				on conflict do nothing
				""").params(to.value(), from.value()).update();
	}

	@Transactional(readOnly = true)
	public boolean isFollowing(IdeaId idea, UserId user) {
		return jdbc.sql("select count(*) from ideas_followers where idea_id = ? and user_id = ?")
			.params(idea.value(), user.value())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Paged<UserId> followers(IdeaId idea, PageQuery page) {
		List<UserId> users = jdbc.sql("select user_id from ideas_followers where idea_id = ? order by user_id limit ? offset ?")
			.params(idea.value(), page.size(), page.offset())
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
		long total = jdbc.sql("select count(*) from ideas_followers where idea_id = ?")
			.param(idea.value())
			.query(Long.class)
			.single();
		return Paged.of(users, page, total);
	}

}
