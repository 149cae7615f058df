package ru.vmeste.objects.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

import ru.vmeste.objects.ObjectId;

/**
 * Streams objects into a table with PostgreSQL's COPY, many times faster than inserts: the
 * demo city's 22,000 objects load in a second. Runs on the current transaction's connection,
 * so it commits or rolls back with everything else; statement triggers (the map's clusters)
 * fire once at the end.
 */
final class ObjectCopy {

	static final String COLUMNS = "id, type_id, external_id, name_ru, name_en, address, geometry, lat, lon, extent, "
			+ "owner_id, district_id, status, attributes, source, search_text, content_hash, created_at, updated_at";

	private final CopyIn copy;

	private final StringBuilder line = new StringBuilder(512);

	private long rows;

	private ObjectCopy(CopyIn copy) {
		this.copy = copy;
	}

	/** Starts copying into the table, which has at least {@link #COLUMNS}. */
	static ObjectCopy into(DataSource dataSource, String table) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new ObjectCopy(connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " (" + COLUMNS + ") from stdin with (format csv)"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start copying into " + table, ex);
		}
	}

	void add(ObjectId id, ObjectDraft draft, String source, Instant at) {
		line.setLength(0);
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
		line.setCharAt(line.length() - 1, '\n');
		byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copying objects failed", ex);
		}
		rows++;
	}

	/** Ends the copy; the rows are in the table (and its triggers have run). */
	long finish() {
		try {
			copy.endCopy();
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copying objects failed", ex);
		}
	}

	/** Abandons the copy after a failure, so the connection can roll back. */
	void cancel() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not cancel copying objects", ex);
		}
	}

	/** A CSV field: quoted, quotes doubled; no value is an unquoted empty field, which COPY reads as null. */
	private ObjectCopy field(@Nullable String value) {
		if (value != null) {
			line.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		line.append(',');
		return this;
	}

}
