package ru.vmeste.works.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.works.Work;

/**
 * Reads every work for the open-data export in one streamed query: rows go to the download as
 * the database cursor gives them, so the export needs the same memory for ten or a million works.
 */
@Repository
class WorkExportStore {

	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final WorkStore works;

	WorkExportStore(JdbcClient jdbc, WorkStore works) {
		this.jdbc = jdbc;
		this.works = works;
	}

	/** Every work, by number, with the ids of the objects it touches in the customer's order. */
	@Transactional(readOnly = true)
	void forEach(BiConsumer<Work, List<String>> consumer) {
		jdbc.sql("""
				select e.*, (select string_agg(o.object_id::text, ' ' order by o.position) from works_work_objects o
				             where o.work_id = e.id) as object_ids
				from (%s) e order by e.number
				""".formatted(WorkStore.SELECT))
			.withFetchSize(FETCH_SIZE)
			.query((RowCallbackHandler) rs -> {
				String objects = rs.getString("object_ids");
				consumer.accept(works.work(rs, 0), objects == null ? List.of() : List.of(objects.split(" ")));
			});
	}

	@Nullable Instant modified() {
		Timestamp latest = jdbc.sql("select max(updated_at) from works_works").query(Timestamp.class).single();
		return latest == null ? null : latest.toInstant();
	}

}
