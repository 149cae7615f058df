package ru.vmeste.objects.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

import ru.vmeste.objects.ObjectId;

/**
 * Writes objects into a table with PostgreSQL's COPY, many times faster than inserts. Rows are
 * gathered in memory in batches and each batch is one COPY, so while rows are being prepared
 * the connection stays free for other queries (checking a row may ask the database), and
 * memory holds one batch. Runs on the current transaction's connection and commits or rolls
 * back with it; statement triggers (the map's clusters) fire once per batch, so bigger batches
 * load faster.
 */
final class ObjectCopy {

	static final String COLUMNS = "id, type_id, external_id, name_ru, name_en, address, geometry, lat, lon, extent, "
			+ "owner_id, district_id, status, attributes, source, search_text, content_hash, created_at, updated_at";

	private final DataSource dataSource;

	private final String sql;

	private final int rowsPerBatch;

	private final StringBuilder batch = new StringBuilder();

	private int batched;

	private long rows;

	private ObjectCopy(DataSource dataSource, String table, int rowsPerBatch) {
		this.dataSource = dataSource;
		this.sql = "copy " + table + " (" + COLUMNS + ") from stdin with (format csv)";
		this.rowsPerBatch = rowsPerBatch;
	}

	/** Copies into the table, which has at least {@link #COLUMNS}, in batches of so many rows. */
	static ObjectCopy into(DataSource dataSource, String table, int rowsPerBatch) {
		return new ObjectCopy(dataSource, table, rowsPerBatch);
	}

	void add(ObjectId id, ObjectDraft draft, String source, Instant at) {
		field(id.toString()).field(draft.type().toString())
			.field(draft.externalId())
			.field(draft.name().ru())
			.field(draft.name().en())
			.field(draft.address())
			.field(draft.geometryJson())
			.field(String.valueOf(draft.point().lat()))
			.field(String.valueOf(draft.point().lon()))
			.field(draft.extent())
			.field(draft.owner().toString())
			.field(draft.district().value().toString())
			.field(draft.status().name())
			.field(draft.attributesJson())
			.field(source)
			.field(draft.searchText())
			.field(draft.contentHash())
			.field(at.toString())
			.field(at.toString());
		batch.setCharAt(batch.length() - 1, '\n');
		if (++batched == rowsPerBatch) {
			flush();
		}
	}

	/** Copies what is left; returns how many rows were copied in all. */
	long finish() {
		flush();
		return rows;
	}

	private void flush() {
		if (batched == 0) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			rows += connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(batch.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copying objects failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		batch.setLength(0);
		batched = 0;
	}

	/** A CSV field: quoted, quotes doubled; no value is an unquoted empty field, which COPY reads as null. */
	private ObjectCopy field(@Nullable String value) {
		if (value != null) {
			batch.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		batch.append(',');
		return this;
	}

}
