package ru.vmeste.works.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.works.DocumentKind;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.works.WorkId;

/**
 * SQL for the documents of works and their versions; the bytes live in the file store.
 */
@Repository
public class WorkDocumentStore {

	/** A document with its versions, the newest first. */
	public record Document(UUID id, WorkId work, DocumentKind kind, String title, Instant createdAt,
			List<Version> versions) {

		public Document {
			versions = List.copyOf(versions);
		}

		public Version current() {
			return versions.getFirst();
		}

	}

	/** One uploaded version of a document. */
	public record Version(int number, FileKey file, String fileName, String contentType, long size, Instant uploadedAt) {
	}

	private final JdbcClient jdbc;

	WorkDocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, WorkId work, DocumentKind kind, String title, Instant at) {
		jdbc.sql("insert into works_documents (id, work_id, kind, title, created_at) values (?, ?, ?, ?, ?)")
			.params(id, work.value(), kind.name(), title, Timestamp.from(at))
			.update();
	}

	void addVersion(UUID document, Version version, @Nullable UserId actor) {
		jdbc.sql("""
				insert into works_document_versions (document_id, version, file_key, file_name, content_type, size_bytes,
				    uploaded_at, actor_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(document, version.number(), version.file().value(), version.fileName(), version.contentType(),
				version.size(), Timestamp.from(version.uploadedAt()), actor == null ? null : actor.value())
			.update();
	}

	int count(WorkId work) {
		return jdbc.sql("select count(*) from works_documents where work_id = ?").param(work.value())
			.query(Integer.class)
			.single();
	}

	/** The documents of works, oldest first, each with its versions. */
	public List<Document> of(WorkId work) {
		List<Document> documents = jdbc.sql("select * from works_documents where work_id = ? order by created_at, id")
			.param(work.value())
			.query((rs, row) -> document(rs, List.of()))
			.list();
		if (documents.isEmpty()) {
			return documents;
		}
		Map<UUID, List<Version>> versions = new HashMap<>();
		jdbc.sql("""
				select * from works_document_versions where document_id in (:ids) order by document_id, version desc
				""").param("ids", documents.stream().map(Document::id).toList())
			.query((rs, row) -> versions.computeIfAbsent(rs.getObject("document_id", UUID.class), id -> new ArrayList<>())
				.add(version(rs)))
			.list();
		return documents.stream()
			.map(document -> new Document(document.id(), document.work(), document.kind(), document.title(),
					document.createdAt(), versions.getOrDefault(document.id(), List.of())))
			.filter(document -> !document.versions().isEmpty())
			.toList();
	}

	public Optional<Document> find(WorkId work, UUID id) {
		return of(work).stream().filter(document -> document.id().equals(id)).findFirst();
	}

	private static Document document(ResultSet rs, List<Version> versions) throws SQLException {
		return new Document(rs.getObject("id", UUID.class), new WorkId(rs.getObject("work_id", UUID.class)),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getTimestamp("created_at").toInstant(), versions);
	}

	private static Version version(ResultSet rs) throws SQLException {
		return new Version(rs.getInt("version"), new FileKey(rs.getString("file_key")), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
