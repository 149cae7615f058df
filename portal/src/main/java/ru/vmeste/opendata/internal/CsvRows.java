package ru.vmeste.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.RowWriter;

/**
 * Writes rows as RFC 4180 CSV in UTF-8: a header line, CRLF line ends, fields quoted when they
 * hold the separator, a quote or a line break. Spatial rows get a last {@code wkt} column.
 * The Excel variant starts with a byte-order mark, separates with {@code ;} (what Excel
 * expects in Russian locales) and defuses text cells that Excel would run as formulas.
 */
final class CsvRows implements RowWriter {

	static final String GEOMETRY_COLUMN = "wkt";

	private final Writer out;

	private final char separator;

	private final boolean excel;

	private final WKTWriter wkt = new WKTWriter();

	CsvRows(OutputStream out, List<DatasetColumn> columns, boolean spatial, boolean excel) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.separator = excel ? ';' : ',';
		this.excel = excel;
		try {
			if (excel) {
				this.out.write('\uFEFF');
			}
			for (int i = 0; i < columns.size(); i++) {
				cell(i, columns.get(i).name());
			}
			if (spatial) {
				cell(columns.size(), GEOMETRY_COLUMN);
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void row(List<? extends @Nullable Object> values, @Nullable Geometry geometry) {
		try {
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				cell(i, value instanceof String text && excel ? defused(text) : ExportValues.text(value));
			}
			if (geometry != null) {
				cell(values.size(), wkt.write(geometry));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Completes the document after the last row. */
	void finish() throws IOException {
		out.flush();
	}

	private void cell(int index, String value) throws IOException {
		if (index > 0) {
			out.write(separator);
		}
		if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0) {
			out.write('"');
			out.write(value.replace("\"", "\"\""));
			out.write('"');
		}
		else {
			out.write(value);
		}
	}

	/** Excel runs a cell starting with = + - @ as a formula; a leading apostrophe keeps it text. */
	private static String defused(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
