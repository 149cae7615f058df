package ru.vmeste.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import ru.vmeste.shared.LocalizedText;

/**
 * A column of a dataset.
 *
 * @param name the machine name used as CSV header and JSON key, e.g. {@code name_ru}
 * @param title what it means, for the catalog page
 */
public record DatasetColumn(String name, ColumnType type, LocalizedText title) {

	/**
	 * Columns written as {@code name:TYPE}, in order, each titled by its name.
	 *
	 * @param titles the title of a column, by its name
	 * @param columns e.g. {@code "id:TEXT", "number:INTEGER"}
	 */
	public static List<DatasetColumn> list(Function<String, LocalizedText> titles, String... columns) {
		return Arrays.stream(columns).map(column -> {
			String[] nameAndType = column.split(":", 2);
			return new DatasetColumn(nameAndType[0], ColumnType.valueOf(nameAndType[1]), titles.apply(nameAndType[0]));
		}).toList();
	}

}
