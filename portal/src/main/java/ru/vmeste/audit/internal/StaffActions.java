package ru.vmeste.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.audit.StaffAction;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * SQL of the audit log: one insert per action, and pages of it newest first. There is no update
 * and no delete here, and the table's triggers refuse them from anywhere else.
 */
@Repository
public class StaffActions {

	private final JdbcClient jdbc;

	StaffActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(StaffAction action) {
		jdbc.sql("""
				insert into audit_staff_actions (at, actor_id, actor_roles, method, action, handler, target, detail, status,
				    address)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Timestamp.from(action.at()), action.actor().value(), action.actorRoles(), action.method(),
					action.action(), action.handler(), action.target(), action.detail(), action.status(), action.address())
			.update();
	}

	/** Actions newest first, of one actor and/or mentioning an id (in the URL), when given. */
	public Paged<StaffAction> page(@Nullable UserId actor, @Nullable String mentioning, PageQuery page) {
		String where = " where (cast(:actor as uuid) is null or actor_id = :actor)"
				+ " and (cast(:mentioning as text) is null or target like :pattern)";
		String pattern = mentioning == null ? null
				: "%" + mentioning.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<StaffAction> items = jdbc.sql("select * from audit_staff_actions" + where
				+ " order by at desc, id desc limit :limit offset :offset")
			.param("actor", actor == null ? null : actor.value())
			.param("mentioning", mentioning)
			.param("pattern", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(StaffActions::action)
			.list();
		long total = jdbc.sql("select count(*) from audit_staff_actions" + where)
			.param("actor", actor == null ? null : actor.value())
			.param("mentioning", mentioning)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	private static StaffAction action(ResultSet rs, int row) throws SQLException {
		return new StaffAction(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
				new UserId(rs.getObject("actor_id", UUID.class)), rs.getString("actor_roles"), rs.getString("method"),
				rs.getString("action"), rs.getString("handler"), rs.getString("target"), rs.getString("detail"),
				rs.getInt("status"), rs.getString("address"));
	}

}
