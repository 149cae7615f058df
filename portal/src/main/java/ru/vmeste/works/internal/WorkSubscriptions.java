package ru.vmeste.works.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.works.WorkId;

/**
 * Residents who follow works and hear by e-mail when their status changes.
 */
@Service
@Transactional
public class WorkSubscriptions {

	private final JdbcClient jdbc;

	private final WorkStore works;

	private final Clock clock;

	WorkSubscriptions(JdbcClient jdbc, WorkStore works, Clock clock) {
		this.jdbc = jdbc;
		this.works = works;
		this.clock = clock;
	}

	public void subscribe(WorkId work, UserId user) {
		works.find(work).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
		jdbc.sql("insert into works_subscriptions (work_id, user_id, since) values (?, ?, ?) on conflict do nothing")
			.params(work.value(), user.value(), Timestamp.from(clock.instant()))
			.update();
	}

	public void unsubscribe(WorkId work, UserId user) {
		jdbc.sql("delete from works_subscriptions where work_id = ? and user_id = ?").params(work.value(), user.value())
			.update();
	}

	@Transactional(readOnly = true)
	public boolean isSubscribed(WorkId work, UserId user) {
		return jdbc.sql("select count(*) from works_subscriptions where work_id = ? and user_id = ?")
			.params(work.value(), user.value())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Paged<UserId> subscribers(WorkId work, PageQuery page) {
		List<UserId> users = jdbc.sql("""
				select user_id from works_subscriptions where work_id = ? order by since, user_id limit ? offset ?
				""").params(work.value(), page.size(), page.offset())
			.query((rs, row) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
		long total = jdbc.sql("select count(*) from works_subscriptions where work_id = ?").param(work.value())
			.query(Long.class)
			.single();
		return Paged.of(users, page, total);
	}

}
