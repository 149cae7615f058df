package ru.vmeste.objects.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * SQL for import jobs. Progress is written outside the import's own transaction, so the
 * administrator watches it advance while the rows are still uncommitted.
 */
@Repository
class ImportJobs {

	/** The report keeps the first bad rows; the count covers all of them. */
	static final int MAX_PROBLEMS = 1000;

	private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	UUID insert(ObjectTypeId type, String fileName, FileKey file, long size, boolean dryRun, boolean skipBadRows,
			UserId by, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into objects_import_jobs (id, type_id, file_name, file_key, file_size, format, dry_run, skip_bad_rows,
				    status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, type.value(), fileName, file.value(), size, fileName.replaceFirst(".*\\.", "").toUpperCase(),
					dryRun, skipBadRows, ImportStatus.QUEUED.name(), by.value(), Timestamp.from(now))
			.update();
		return id;
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("select * from objects_import_jobs where id = ?").param(id).query(ImportJobs::job).optional();
	}

	FileKey file(UUID id) {
		return new FileKey(jdbc.sql("select file_key from objects_import_jobs where id = ?").param(id)
			.query(String.class)
			.single());
	}

	Paged<ImportJob> recent(PageQuery page) {
		List<ImportJob> jobs = jdbc.sql("select * from objects_import_jobs order by created_at desc limit ? offset ?")
			.params(page.size(), page.offset())
			.query(ImportJobs::job)
			.list();
		return Paged.of(jobs, page, jdbc.sql("select count(*) from objects_import_jobs").query(Long.class).single());
	}

	Paged<ImportProblem> problems(UUID id, PageQuery page) {
		List<ImportProblem> all = jdbc.sql("select problems::text from objects_import_jobs where id = ?").param(id)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, PROBLEMS))
			.orElse(List.of());
		List<ImportProblem> items = all.stream().skip(page.offset()).limit(page.size()).toList();
		return Paged.of(new ArrayList<>(items), page, all.size());
	}

	void status(UUID id, ImportStatus status) {
		jdbc.sql("update objects_import_jobs set status = ? where id = ?").params(status.name(), id).update();
	}

	void progress(UUID id, long bytesRead, int rows, int bad, List<ImportProblem> problems) {
		jdbc.sql("""
				update objects_import_jobs set bytes_read = ?, rows_read = ?, bad_rows = ?, problems = ?::jsonb where id = ?
				""").params(bytesRead, rows, bad, json.writeValueAsString(problems), id).update();
	}

	void finish(UUID id, ImportStatus status, int created, int updated, int unchanged, Instant at) {
		jdbc.sql("""
				update objects_import_jobs set status = ?, created = ?, updated = ?, unchanged = ?, finished_at = ?,
				    bytes_read = file_size
				where id = ?
				""").params(status.name(), created, updated, unchanged, Timestamp.from(at), id).update();
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getObject("id", UUID.class), new ObjectTypeId(rs.getObject("type_id", UUID.class)),
				rs.getString("file_name"), rs.getLong("file_size"), rs.getBoolean("dry_run"),
				rs.getBoolean("skip_bad_rows"), ImportStatus.valueOf(rs.getString("status")), rs.getLong("bytes_read"),
				rs.getInt("rows_read"), rs.getInt("bad_rows"), rs.getInt("created"), rs.getInt("updated"),
				rs.getInt("unchanged"), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

}
