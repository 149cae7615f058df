package ru.vmeste.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reads nullable columns in row mappers without the {@code x == null ? null : …} dance:
 * {@code Rows.id(rs, "district_id", DistrictId::new)}, {@code Rows.instant(rs, "decided_at")}.
 * Each method answers null for SQL NULL; for NOT NULL columns the plain {@link ResultSet}
 * getters stay the clearer choice.
 */
public final class Rows {

	private Rows() {
	}

	public static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** A typed id, e.g. {@code Rows.id(rs, "organization_id", OrganizationId::new)}. */
	public static <T> @Nullable T id(ResultSet rs, String column, Function<UUID, T> id) throws SQLException {
		UUID value = uuid(rs, column);
		return value == null ? null : id.apply(value);
	}

	/** A {@code timestamp with time zone} column. */
	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** A {@code date} column. */
	public static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	public static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	public static @Nullable Long longValue(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	public static @Nullable Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	/** A text column turned into a value, e.g. {@code Rows.text(rs, "file_key", FileKey::new)}. */
	public static <T> @Nullable T text(ResultSet rs, String column, Function<String, T> value) throws SQLException {
		String text = rs.getString(column);
		return text == null ? null : value.apply(text);
	}

	/** A text column holding an enum constant's name. */
	public static <E extends Enum<E>> @Nullable E enumValue(ResultSet rs, String column, Class<E> type)
			throws SQLException {
		String name = rs.getString(column);
		return name == null ? null : Enum.valueOf(type, name);
	}

}
