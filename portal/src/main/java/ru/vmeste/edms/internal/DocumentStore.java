package ru.vmeste.edms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.edms.connector.Registration;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * The appeals handed to the EDMS ({@code edms_documents}).
 */
@Component
public class DocumentStore {

	/**
	 * An appeal in the EDMS.
	 *
	 * @param active false once it went on to an organization outside the EDMS
	 * @param number its registration number, once registered
	 * @param status the EDMS's own status
	 * @param official the responsible official the EDMS named
	 */
	public record Document(AppealId appeal, long appealNumber, OrganizationId organization, boolean active,
			@Nullable String number, @Nullable Instant registeredAt, @Nullable String status, @Nullable Instant statusAt,
			@Nullable String official, @Nullable LocalDate deadline) {
	}

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Document> find(AppealId appeal) {
		return jdbc.sql("select * from edms_documents where appeal_id = ?").param(appeal.value())
			.query(DocumentStore::document)
			.optional();
	}

	Optional<Document> byNumber(String number) {
		return jdbc.sql("select * from edms_documents where number = ?").param(number)
			.query(DocumentStore::document)
			.optional();
	}

	/** The appeal enters the EDMS (or comes back to it, addressed to another organization there). */
	void enter(AppealId appeal, long appealNumber, OrganizationId organization, Instant at) {
		jdbc.sql("""
				insert into edms_documents (appeal_id, appeal_number, organization_id, active, created_at)
				values (?, ?, ?, true, ?)
				on conflict (appeal_id) do update set organization_id = excluded.organization_id, active = true""")
			.params(appeal.value(), appealNumber, organization.value(), Timestamp.from(at))
			.update();
	}

	void leave(AppealId appeal) {
		jdbc.sql("update edms_documents set active = false where appeal_id = ?").param(appeal.value()).update();
	}

	/** The next message's place in the appeal's order; the row stays locked until the caller commits. */
	int nextSequence(AppealId appeal) {
		return jdbc.sql("update edms_documents set last_sequence = last_sequence + 1 where appeal_id = ? returning last_sequence")
			.param(appeal.value())
			.query(Integer.class)
			.single();
	}

	void registered(AppealId appeal, Registration registration) {
		jdbc.sql("""
				update edms_documents set number = ?, registered_at = ?,
				    status = coalesce(status, ?), status_at = coalesce(status_at, ?)
				where appeal_id = ?""")
			.params(registration.number(), Timestamp.from(registration.registeredAt()), registration.status(),
					Timestamp.from(registration.registeredAt()), appeal.value())
			.update();
	}

	/** Takes what a change says unless a later change was taken already (changes may come out of order). */
	boolean changed(AppealId appeal, DocumentChange change) {
		return jdbc.sql("""
				update edms_documents set number = coalesce(number, ?), registered_at = coalesce(registered_at, ?),
				    status = ?, status_at = ?, official = coalesce(?, official), deadline = coalesce(?, deadline)
				where appeal_id = ? and (status_at is null or status_at <= ?)""")
			.params(change.number(), change.registeredAt() == null ? null : Timestamp.from(change.registeredAt()),
					change.status(), Timestamp.from(change.at()), change.official(), change.deadline(), appeal.value(),
					Timestamp.from(change.at()))
			.update() == 1;
	}

	private static Document document(ResultSet rs, int row) throws SQLException {
		Timestamp registered = rs.getTimestamp("registered_at");
		Timestamp statusAt = rs.getTimestamp("status_at");
		return new Document(new AppealId(rs.getObject("appeal_id", UUID.class)), rs.getLong("appeal_number"),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getBoolean("active"),
				rs.getString("number"), registered == null ? null : registered.toInstant(), rs.getString("status"),
				statusAt == null ? null : statusAt.toInstant(), rs.getString("official"),
				rs.getObject("deadline", LocalDate.class));
	}

}
