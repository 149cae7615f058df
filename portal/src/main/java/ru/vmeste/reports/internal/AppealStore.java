package ru.vmeste.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * SQL for appeals, their history and their followers.
 */
@Repository
public class AppealStore {

	/** What a new appeal holds. */
	public record NewAppeal(AppealId id, TopicId topic, UserId author, DistrictId district, GeoPoint point,
			@Nullable String address, String text, String answersJson, Instant at) {

		public NewAppeal {
			// what the database keeps, so that the appeal as stored is known without reading it back
			at = at.truncatedTo(ChronoUnit.MICROS);
		}

	}

	private final JdbcClient jdbc;

	AppealStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewAppeal appeal, AppealStatus status) {
		return jdbc.sql("""
				insert into reports_appeals (id, topic_id, author_id, district_id, lat, lon, address, text, original_text,
				    answers, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning number
				""")
			.params(appeal.id().value(), appeal.topic().value(), appeal.author().value(), appeal.district().value(),
					appeal.point().lat(), appeal.point().lon(), appeal.address(), appeal.text(), appeal.text(),
					appeal.answersJson(), status.name(), Timestamp.from(appeal.at()))
			.query(Long.class)
			.single();
	}

	/** Whether the author has any appeal. */
	public boolean anyOf(UserId author) {
		return jdbc.sql("select exists (select 1 from reports_appeals where author_id = ?)").param(author.value())
			.query(Boolean.class)
			.single();
	}

	public Optional<Appeal> find(AppealId id) {
		return jdbc.sql("select * from reports_appeals where id = ?").param(id.value()).query(AppealStore::appeal).optional();
	}

	/** Reads the appeal and locks it until the transaction ends, so concurrent changes queue up. */
	public Optional<Appeal> lock(AppealId id) {
		return jdbc.sql("select * from reports_appeals where id = ? for update").param(id.value())
			.query(AppealStore::appeal)
			.optional();
	}

	/** The answers to the topic's extra questions, as JSON by question id. */
	public String answersJson(AppealId id) {
		return jdbc.sql("select answers::text from reports_appeals where id = ?").param(id.value()).query(String.class)
			.single();
	}

	/** Only the life cycle moves an appeal: it checked the move against its transition table. */
	void setStatus(AppealId id, AppealStatus status) {
		jdbc.sql("update reports_appeals set status = ? where id = ?").params(status.name(), id.value()).update();
	}

	void published(AppealId id, Instant at) {
		jdbc.sql("update reports_appeals set published_at = ? where id = ?").params(Timestamp.from(at), id.value()).update();
	}

	void mergedInto(AppealId id, AppealId original) {
		jdbc.sql("update reports_appeals set duplicate_of = ? where id = ?").params(original.value(), id.value()).update();
	}

	void answered(AppealId id, Instant at) {
		jdbc.sql("update reports_appeals set answered_at = ? where id = ?").params(Timestamp.from(at), id.value()).update();
	}

	void closed(AppealId id, AppealOutcome outcome) {
		jdbc.sql("update reports_appeals set outcome = ? where id = ?").params(outcome.name(), id.value()).update();
	}

	/** The held appeals of an author, oldest first. */
	List<AppealId> heldOf(UserId author) {
		return jdbc.sql("select id from reports_appeals where author_id = ? and status = 'HELD' order by created_at, id")
			.param(author.value())
			.query((rs, row) -> new AppealId(rs.getObject("id", UUID.class)))
			.list();
	}

	void setText(AppealId id, String text) {
		jdbc.sql("update reports_appeals set text = ? where id = ?").params(text, id.value()).update();
	}

	void addHistory(AppealId id, HistoryEntry entry) {
		jdbc.sql("""
				insert into reports_appeal_history (appeal_id, status, change, note, previous_text, actor_id, at, visibility,
				    decision_id, stage, assignee_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id.value(), entry.status().name(), entry.change().name(), entry.note(), entry.previousText(),
				entry.actor() == null ? null : entry.actor().value(), Timestamp.from(entry.at()), entry.visibility().name(),
				entry.decision(), entry.stage(), entry.assignee() == null ? null : entry.assignee().value())
			.update();
	}

	/** The history as a reader may see it: the public, the author, or the responsible organization. */
	public List<HistoryEntry> history(AppealId id, Visibility reader) {
		return jdbc.sql("""
				select * from reports_appeal_history where appeal_id = :appeal and visibility in (:visibilities) order by id
				""")
			.param("appeal", id.value())
			.param("visibilities", Visibility.upTo(reader).stream().map(Enum::name).toList())
			.query((rs, row) -> new HistoryEntry(AppealStatus.valueOf(rs.getString("status")),
					AppealChange.valueOf(rs.getString("change")),
					rs.getString("note"), userId(rs.getObject("actor_id", UUID.class)), rs.getString("previous_text"),
					rs.getTimestamp("at").toInstant(), Visibility.valueOf(rs.getString("visibility")),
					rs.getObject("decision_id", Long.class), rs.getObject("stage", Integer.class),
					userId(rs.getObject("assignee_id", UUID.class))))
			.list();
	}

	/** Adds a follower; false if they already follow the appeal. */
	boolean follow(AppealId id, UserId user, String reason, Instant at) {
		return jdbc.sql("""
				insert into reports_appeal_followers (appeal_id, user_id, reason, since) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(id.value(), user.value(), reason, Timestamp.from(at)).update() == 1;
	}

	void addSupporter(AppealId id) {
		jdbc.sql("update reports_appeals set supporters = supporters + 1 where id = ?").param(id.value()).update();
	}

	public boolean follows(AppealId id, UserId user) {
		return jdbc.sql("select count(*) from reports_appeal_followers where appeal_id = ? and user_id = ?")
			.params(id.value(), user.value())
			.query(Long.class)
			.single() > 0;
	}

	public Paged<UserId> followers(AppealId id, PageQuery page) {
		List<UserId> users = jdbc.sql("""
				select user_id from reports_appeal_followers where appeal_id = ? order by since, user_id limit ? offset ?
				""").params(id.value(), page.size(), page.offset())
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
		return Paged.of(users, page, () -> jdbc.sql("select count(*) from reports_appeal_followers where appeal_id = ?")
			.param(id.value())
			.query(Long.class)
			.single());
	}

	public static Appeal appeal(ResultSet rs, int row) throws SQLException {
		UUID district = rs.getObject("district_id", UUID.class);
		UUID duplicateOf = rs.getObject("duplicate_of", UUID.class);
		UUID organization = rs.getObject("organization_id", UUID.class);
		java.sql.Date deadline = rs.getDate("deadline");
		Timestamp published = rs.getTimestamp("published_at");
		String outcome = rs.getString("outcome");
		return new Appeal(new AppealId(rs.getObject("id", UUID.class)), rs.getLong("number"),
				new TopicId(rs.getObject("topic_id", UUID.class)), new UserId(rs.getObject("author_id", UUID.class)),
				district == null ? null : new DistrictId(district), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
				rs.getString("address"), rs.getString("text"), AppealStatus.valueOf(rs.getString("status")),
				duplicateOf == null ? null : new AppealId(duplicateOf),
				organization == null ? null : new OrganizationId(organization), rs.getString("routing_rule"),
				deadline == null ? null : deadline.toLocalDate(), rs.getInt("supporters"),
				rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant(),
				outcome == null ? null : AppealOutcome.valueOf(outcome));
	}

	private static @Nullable UserId userId(@Nullable UUID id) {
		return id == null ? null : new UserId(id);
	}

}
