package ru.vmeste.works.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV fields as spreadsheets write them: quoted separators and doubled quotes.
 */
class CsvLineTests {

	@Test
	void splitsOnTheSeparatorOutsideQuotes() {
		assertThat(CsvLine.split("a; \"b;c\" ;\"say \"\"hi\"\"\";", ';')).containsExactly("a", "b;c", "say \"hi\"", "");
	}

	@Test
	void takesTheSeparatorTheHeaderUses() {
		assertThat(CsvLine.separatorOf("title;kind")).isEqualTo(';');
		assertThat(CsvLine.separatorOf("title,kind")).isEqualTo(',');
		assertThat(CsvLine.separatorOf("title")).isEqualTo(';');
	}

}
