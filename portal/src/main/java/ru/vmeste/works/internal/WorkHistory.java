package ru.vmeste.works.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkStatus;

/**
 * The append-only history of works: every change is a row saying when, which organization and
 * what changed. The official who made it is kept for staff and never shown publicly.
 */
@Repository
public class WorkHistory {

	/** What kind of change a history row records; its public label is {@code works.change.<name>}. */
	public enum Change {

		CREATED, IMPORTED, UPDATED, STATUS, DOCUMENT, DOCUMENT_VERSION, PHOTO, FLAGGED, UNFLAGGED

	}

	/** One field's old and new value, as text. */
	public record FieldChange(String field, @Nullable String from, @Nullable String to) {
	}

	/** One row of the history. */
	public record Entry(Change change, WorkStatus status, @Nullable String note, List<FieldChange> changes,
			@Nullable OrganizationId organization, @Nullable UserId actor, Instant at) {

		public Entry {
			changes = List.copyOf(changes);
		}

	}

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	WorkHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(WorkId work, Entry entry) {
		jdbc.sql("""
				insert into works_history (work_id, change, status, note, changes, organization_id, actor_id, at)
				values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
				""").params(work.value(), entry.change().name(), entry.status().name(), entry.note(),
				json.writeValueAsString(entry.changes()),
				entry.organization() == null ? null : entry.organization().value(),
				entry.actor() == null ? null : entry.actor().value(), Timestamp.from(entry.at()))
			.update();
	}

	/** The newest changes first. */
	public Paged<Entry> of(WorkId work, PageQuery page) {
		List<Entry> entries = jdbc.sql("select * from works_history where work_id = ? order by id desc limit ? offset ?")
			.params(work.value(), page.size(), page.offset())
			.query((rs, row) -> new Entry(Change.valueOf(rs.getString("change")), WorkStatus.valueOf(rs.getString("status")),
					rs.getString("note"), json.readValue(rs.getString("changes"), CHANGES),
					organization(rs.getObject("organization_id", UUID.class)), user(rs.getObject("actor_id", UUID.class)),
					rs.getTimestamp("at").toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from works_history where work_id = ?").param(work.value())
			.query(Long.class)
			.single();
		return Paged.of(entries, page, total);
	}

	private static @Nullable OrganizationId organization(@Nullable UUID id) {
		return id == null ? null : new OrganizationId(id);
	}

	private static @Nullable UserId user(@Nullable UUID id) {
		return id == null ? null : new UserId(id);
	}

}
