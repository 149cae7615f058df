package ru.vmeste.open311.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;

/**
 * The service requests and their updates as Open311 serves them: a projection of published
 * appeals kept by {@link RequestProjection}, indexed for the spec's filters.
 */
@Repository
class RequestStore {

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the appeal's row unless it has one; answers whether it did. */
	boolean add(Appeal appeal, Instant at) {
		return jdbc.sql("""
				insert into open311_requests (appeal_id, topic_id, status, lat, lon, address, description,
				    organization_id, expected_date, requested_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (appeal_id) do nothing
				""")
			.params(appeal.id().value(), appeal.topic().value(), appeal.status().name(), appeal.point().lat(),
					appeal.point().lon(), appeal.address(), appeal.text(),
					appeal.organization() == null ? null : appeal.organization().value(),
					appeal.deadline() == null ? null : Date.valueOf(appeal.deadline()), Timestamp.from(appeal.createdAt()),
					Timestamp.from(at))
			.update() > 0;
	}

	/** Locks the appeal's row until the transaction ends, so that its refreshes happen one after the other. */
	void lock(AppealId appeal) {
		jdbc.sql("select appeal_id from open311_requests where appeal_id = ? for update").param(appeal.value())
			.query(UUID.class)
			.optional();
	}

	/** Writes the appeal as it is now; the update time only moves forward. */
	void refresh(Appeal appeal, @Nullable String mediaPath, Instant at) {
		jdbc.sql("""
				update open311_requests set topic_id = ?, status = ?, lat = ?, lon = ?, address = ?, description = ?,
				    organization_id = ?, expected_date = ?, media_path = ?, updated_at = greatest(updated_at, ?)
				where appeal_id = ?
				""")
			.params(appeal.topic().value(), appeal.status().name(), appeal.point().lat(), appeal.point().lon(),
					appeal.address(), appeal.text(), appeal.organization() == null ? null : appeal.organization().value(),
					appeal.deadline() == null ? null : Date.valueOf(appeal.deadline()), mediaPath, Timestamp.from(at),
					appeal.id().value())
			.update();
	}

	/** Keeps the organization's answer unless a later one is kept already. */
	void answer(AppealId appeal, String text, Instant at) {
		jdbc.sql("""
				update open311_requests set answer = ?, answered_at = ?
				where appeal_id = ? and (answered_at is null or answered_at <= ?)
				""").params(text, Timestamp.from(at), appeal.value(), Timestamp.from(at)).update();
	}

	/** Records a public change once (a redelivered event adds nothing). */
	void addUpdate(AppealId appeal, String change, boolean closed, @Nullable OrganizationId organization,
			@Nullable String answer, Instant at) {
		jdbc.sql("""
				insert into open311_updates (appeal_id, change, status, organization_id, answer, at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (appeal_id, change, at) do nothing
				""")
			.params(appeal.value(), change, closed ? "closed" : "open",
					organization == null ? null : organization.value(), answer, Timestamp.from(at))
			.update();
	}

	Optional<ServiceRequest> find(AppealId appeal) {
		return jdbc.sql("select * from open311_requests where appeal_id = ?").param(appeal.value())
			.query(RequestStore::request)
			.optional();
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from open311_requests)").query(Boolean.class).single();
	}

	/** The requests matching the query, newest first. */
	List<ServiceRequest> find(RequestQuery query, long offset, int limit) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!query.ids().isEmpty()) {
			conditions.add("appeal_id in (:ids)");
			params.put("ids", query.ids().stream().map(AppealId::value).toList());
		}
		else {
			conditions.add("requested_at between :from and :to");
			params.put("from", Timestamp.from(query.from()));
			params.put("to", Timestamp.from(query.to()));
			if (!query.topics().isEmpty()) {
				conditions.add("topic_id in (:topics)");
				params.put("topics", query.topics().stream().map(TopicId::value).toList());
			}
			if (!query.statuses().isEmpty()) {
				conditions.add("status in (:statuses)");
				params.put("statuses", names(query.statuses()));
			}
		}
		return jdbc.sql("select * from open311_requests where " + String.join(" and ", conditions)
				+ " order by requested_at desc, appeal_id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(RequestStore::request)
			.list();
	}

	/** The updates recorded between the two instants (inclusive), oldest first; of some requests only, if given. */
	List<RequestUpdate> updates(Instant from, Instant to, Set<AppealId> appeals, long offset, int limit) {
		String only = appeals.isEmpty() ? "" : " and appeal_id in (:appeals)";
		var statement = jdbc.sql("select * from open311_updates where at between :from and :to" + only
				+ " order by at, id limit :limit offset :offset")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.param("offset", offset);
		if (!appeals.isEmpty()) {
			statement = statement.param("appeals", appeals.stream().map(AppealId::value).toList());
		}
		return statement.query(RequestStore::update).list();
	}

	private static List<String> names(Set<AppealStatus> statuses) {
		return statuses.stream().map(AppealStatus::name).sorted().toList();
	}

	private static ServiceRequest request(ResultSet rs, int row) throws SQLException {
		return new ServiceRequest(new AppealId(rs.getObject("appeal_id", UUID.class)),
				new TopicId(rs.getObject("topic_id", UUID.class)), AppealStatus.valueOf(rs.getString("status")),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("address"), rs.getString("description"),
				Rows.id(rs, "organization_id", OrganizationId::new), rs.getString("answer"),
				Rows.localDate(rs, "expected_date"), rs.getString("media_path"),
				rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static RequestUpdate update(ResultSet rs, int row) throws SQLException {
		return new RequestUpdate(rs.getLong("id"), new AppealId(rs.getObject("appeal_id", UUID.class)),
				rs.getString("change"), "closed".equals(rs.getString("status")),
				Rows.id(rs, "organization_id", OrganizationId::new), rs.getString("answer"),
				rs.getTimestamp("at").toInstant());
	}

}
