package ru.vmeste.objects.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV records are read as RFC 4180 writes them, and each knows the line it starts on.
 */
class CsvRecordsTests {

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
		List<CsvRecords.Record> records = read("a;b;c\r\n1;\"x; \"\"y\"\"\";z\n2;\"two\nlines\";w\n\n3;;\n", ';');
		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 6);
		assertThat(records.get(1).fields()).containsExactly("1", "x; \"y\"", "z");
		assertThat(records.get(2).fields()).containsExactly("2", "two\nlines", "w");
		assertThat(records.get(3).fields()).containsExactly("3", "", "");
	}

	@Test
	void findsTheSeparatorInTheHeader() {
		assertThat(CsvRecords.separatorOf("name;address;lat;lon")).isEqualTo(';');
		assertThat(CsvRecords.separatorOf("name,address,lat,lon")).isEqualTo(',');
	}

	@Test
	void readsALastLineWithoutALineBreak() throws IOException {
		assertThat(read("a,b\n1,2", ',')).extracting(CsvRecords.Record::fields)
			.containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	private static List<CsvRecords.Record> read(String csv, char separator) throws IOException {
		CsvRecords records = new CsvRecords(new StringReader(csv), separator);
		List<CsvRecords.Record> all = new ArrayList<>();
		for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
			all.add(record);
		}
		return all;
	}

}
