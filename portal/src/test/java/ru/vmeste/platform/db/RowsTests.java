package ru.vmeste.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.vmeste.platform.files.FileKey;
import ru.vmeste.territory.DistrictId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * SQL NULL becomes null, and a value becomes the typed value, for each kind of column.
 */
class RowsTests {

	private final ResultSet rs = mock(ResultSet.class);

	@Test
	void nullColumnsAreNull() throws SQLException {
		given(rs.wasNull()).willReturn(true);
		assertThat(Rows.uuid(rs, "id")).isNull();
		assertThat(Rows.id(rs, "district_id", DistrictId::new)).isNull();
		assertThat(Rows.instant(rs, "decided_at")).isNull();
		assertThat(Rows.localDate(rs, "deadline")).isNull();
		assertThat(Rows.integer(rs, "score")).isNull();
		assertThat(Rows.longValue(rs, "number")).isNull();
		assertThat(Rows.decimal(rs, "average")).isNull();
		assertThat(Rows.text(rs, "file_key", FileKey::new)).isNull();
		assertThat(Rows.enumValue(rs, "kind", Thread.State.class)).isNull();
	}

	@Test
	void valuesBecomeTypedValues() throws SQLException {
		UUID district = UUID.randomUUID();
		Instant decided = Instant.parse("2026-12-01T10:15:30Z");
		given(rs.getObject("district_id", UUID.class)).willReturn(district);
		given(rs.getTimestamp("decided_at")).willReturn(Timestamp.from(decided));
		given(rs.getObject("deadline", LocalDate.class)).willReturn(LocalDate.of(2026, 12, 24));
		given(rs.getInt("score")).willReturn(0);
		given(rs.getLong("number")).willReturn(42L);
		given(rs.getDouble("average")).willReturn(3.5);
		given(rs.getString("file_key")).willReturn("3f/a2/3fa2000000000000000000000000000a");
		given(rs.getString("kind")).willReturn("RUNNABLE");
		assertThat(Rows.id(rs, "district_id", DistrictId::new)).isEqualTo(new DistrictId(district));
		assertThat(Rows.instant(rs, "decided_at")).isEqualTo(decided);
		assertThat(Rows.localDate(rs, "deadline")).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(Rows.integer(rs, "score")).as("zero is a value, not NULL").isZero();
		assertThat(Rows.longValue(rs, "number")).isEqualTo(42L);
		assertThat(Rows.decimal(rs, "average")).isEqualTo(3.5);
		assertThat(Rows.text(rs, "file_key", FileKey::new)).isEqualTo(new FileKey("3f/a2/3fa2000000000000000000000000000a"));
		assertThat(Rows.enumValue(rs, "kind", Thread.State.class)).isEqualTo(Thread.State.RUNNABLE);
	}

}
