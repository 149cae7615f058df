package ru.vmeste.platform.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploaded CSV is read as RFC 4180 and spreadsheets write it, and each row knows the line it
 * starts on. (Replaces the tests of the hand-written readers CsvRecords and CsvLine.)
 */
class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
		List<CsvReader.Row> rows = read("a;b;c\r\n1;\"x; \"\"y\"\"\";z\n2;\"two\nlines\";w\n\n3;;\n");
		assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 6);
		assertThat(rows.get(1).fields()).containsExactly("1", "x; \"y\"", "z");
		assertThat(rows.get(2).fields()).containsExactly("2", "two\nlines", "w");
		assertThat(rows.get(3).fields()).containsExactly("3", "", "");
	}

	@Test
	void dropsSpacesAroundFieldsAsSpreadsheetsWriteThem() {
		assertThat(read("h1;h2;h3;h4\na; \"b;c\" ;\"say \"\"hi\"\"\";\n").get(1).fields())
			.containsExactly("a", "b;c", "say \"hi\"", "");
	}

	@Test
	void takesTheSeparatorTheFirstLineUses() {
		assertThat(CsvReader.separatorOf("name;address;lat;lon")).isEqualTo(';');
		assertThat(CsvReader.separatorOf("name,address,lat,lon")).isEqualTo(',');
		assertThat(CsvReader.separatorOf("title;kind,x;y")).isEqualTo(';');
		assertThat(read("a,b\n1,2").get(1).fields()).containsExactly("1", "2");
	}

	@Test
	void readsALastLineWithoutALineBreakAndSkipsTheByteOrderMark() {
		assertThat(read("\uFEFFa,b\n1,2")).extracting(CsvReader.Row::fields)
			.containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	@Test
	void takesTheSeparatorFromTheStartOfAFirstLineLongerThanItLooksAhead() {
		// found by ApiFuzzIT: a first line of more than 64K characters broke the look-ahead
		String header = "a;" + "x".repeat(70_000) + ";b";
		CsvReader reader = CsvReader.of((header + "\n1;2;3\n").getBytes(StandardCharsets.UTF_8));
		assertThat(reader.separator()).isEqualTo(';');
		assertThat(reader.next()).isNotNull();
	}

	@Test
	void skipsBlankLinesButCountsThem() {
		assertThat(read("a;b\n\n   \n1;2\n")).extracting(CsvReader.Row::line).containsExactly(1, 4);
	}

	@Test
	void refusesBytesThatAreNotUtf8WithTheirLine() {
		byte[] cp1251 = "name;lat\nШкола;58\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
		assertThatThrownBy(() -> readAll(cp1251))
			.isInstanceOfSatisfying(CsvReader.Malformed.class, ex -> assertThat(ex.encoding()).isTrue());
	}

	@Test
	void refusesBrokenQuotingWithItsLine() {
		assertThatThrownBy(() -> read("a;b\n1;2\n\"x\"y;3\n"))
			.isInstanceOfSatisfying(CsvReader.Malformed.class, ex -> {
				assertThat(ex.encoding()).isFalse();
				assertThat(ex.line()).isEqualTo(3);
			});
	}

	private static List<CsvReader.Row> read(String csv) {
		try (CsvReader reader = CsvReader.of(csv.getBytes(StandardCharsets.UTF_8))) {
			List<CsvReader.Row> rows = new ArrayList<>();
			for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
			return rows;
		}
	}

	private static void readAll(byte[] bytes) {
		try (CsvReader reader = CsvReader.of(bytes)) {
			while (reader.next() != null) {
				// reading on until the refusal
			}
		}
	}

}
