package ru.vmeste.opendata;

import ru.vmeste.shared.LocalizedText;

/**
 * A column of a dataset.
 *
 * @param name the machine name used as CSV header and JSON key, e.g. {@code name_ru}
 * @param title what it means, for the catalog page
 */
public record DatasetColumn(String name, ColumnType type, LocalizedText title) {
}
