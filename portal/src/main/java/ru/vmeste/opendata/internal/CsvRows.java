package ru.vmeste.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.RowWriter;

/**
 * Writes rows as RFC 4180 CSV in UTF-8 with Apache Commons CSV: a header line, CRLF line ends,
 * fields quoted when they need it. Spatial rows get a last {@code wkt} column. The Excel
 * variant starts with a byte-order mark, separates with {@code ;} (what Excel expects in
 * Russian locales) and defuses text cells that Excel would run as formulas. Each row goes out
 * as it comes: nothing is kept.
 */
final class CsvRows implements RowWriter {

	static final String GEOMETRY_COLUMN = "wkt";

	private final CSVPrinter out;

	private final boolean excel;

	private final WKTWriter wkt = new WKTWriter();

	CsvRows(OutputStream out, List<DatasetColumn> columns, boolean spatial, boolean excel) {
		this.excel = excel;
		try {
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			if (excel) {
				writer.write('\uFEFF');
			}
			this.out = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
				.setDelimiter(excel ? ';' : ',')
				.setQuoteMode(QuoteMode.MINIMAL)
				.get());
			for (DatasetColumn column : columns) {
				this.out.print(column.name());
			}
			if (spatial) {
				this.out.print(GEOMETRY_COLUMN);
			}
			this.out.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void row(List<? extends @Nullable Object> values, @Nullable Geometry geometry) {
		try {
			for (Object value : values) {
				out.print(value instanceof String text && excel ? defused(text) : ExportValues.text(value));
			}
			if (geometry != null) {
				out.print(wkt.write(geometry));
			}
			out.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Completes the document after the last row. */
	void finish() throws IOException {
		out.flush();
	}

	/** Excel runs a cell starting with = + - @ as a formula; a leading apostrophe keeps it text. */
	private static String defused(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
