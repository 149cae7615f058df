package ru.vmeste.opendata;

/**
 * The type of a dataset column's values, and the Java types rows give for it: TEXT a String,
 * INTEGER and NUMBER a Number, BOOLEAN a Boolean, DATE a LocalDate, DATE_TIME an Instant.
 */
public enum ColumnType {

	TEXT, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME

}
