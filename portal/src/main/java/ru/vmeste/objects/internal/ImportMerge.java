package ru.vmeste.objects.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.objects.ObjectId;

/**
 * Merges imported rows into the registry in one statement: new external ids are inserted,
 * known ones updated only when their content changed, rows without an external id always
 * added. Each created or changed object gets a history entry; must run in a transaction.
 */
@Repository
class ImportMerge {

	/** What an import did. */
	record Counts(int created, int updated, int unchanged) {
	}

	/** The staging table being filled by COPY. */
	static final class Staging {

		private final ObjectCopy copy;

		private int rows;

		private Staging(ObjectCopy copy) {
			this.copy = copy;
		}

		void add(ObjectId id, ObjectDraft draft, String source, Instant at) {
			copy.add(id, draft, source, at);
			rows++;
		}

	}

	private static final String UPDATED = String.join(", ",
			List.of("external_id", "name_ru", "name_en", "address", "geometry", "lat", "lon", "extent", "owner_id",
					"district_id", "status", "attributes", "source", "search_text", "content_hash", "updated_at")
				.stream()
				.map(column -> column + " = excluded." + column)
				.toList());

	/** The staging table has no triggers; batches only bound the memory of a big import. */
	static final int ROWS_PER_COPY = 2000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ImportMerge(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	Staging stage() {
		jdbc.sql("create temporary table objects_import_rows (like objects_objects including defaults) on commit drop")
			.update();
		return new Staging(ObjectCopy.into(dataSource, "objects_import_rows", ROWS_PER_COPY));
	}

	Counts merge(Staging staging, Instant now, UUID job) {
		staging.copy.finish();
		List<String> changes = jdbc.sql("""
				with merged as (
				    insert into objects_objects as o (%1$s)
				    select %1$s from objects_import_rows
				    on conflict (type_id, external_id) do update set %2$s
				    where o.content_hash <> excluded.content_hash
				    returning o.id, (xmax = 0) as created)
				insert into objects_history (object_id, changed_at, changed_by, change)
				select id, ?, (select created_by from objects_import_jobs where id = ?),
				       case when created then 'CREATED' else 'IMPORTED' end
				from merged
				returning change
				""".formatted(ObjectCopy.COLUMNS, UPDATED)).params(Timestamp.from(now), job).query(String.class).list();
		int created = (int) changes.stream().filter("CREATED"::equals).count();
		int updated = changes.size() - created;
		return new Counts(created, updated, staging.rows - changes.size());
	}

}
