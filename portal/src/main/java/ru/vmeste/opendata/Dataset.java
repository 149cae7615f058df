package ru.vmeste.opendata;

import java.util.List;

/**
 * A table the portal publishes as open data. Its rows are streamed, never held in memory, so
 * a dataset of millions of rows downloads with constant memory.
 */
public interface Dataset {

	DatasetInfo info();

	/** The columns, in the order {@link #writeRows} gives each row's values. */
	List<DatasetColumn> columns();

	/**
	 * Hands every row to the writer as it is read (e.g. from a database cursor inside a
	 * read-only transaction). Rows must hold nothing personal: no names, e-mails, phones or
	 * addresses of residents.
	 */
	void writeRows(RowWriter rows);

}
