package ru.vmeste.platform.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV files people upload (imports of objects, works, organizations, calendars) one
 * row at a time with Apache Commons CSV: RFC 4180 quoting (separators, doubled quotes and line
 * breaks inside quotes), UTF-8 only (a byte-order mark is skipped, other encodings refused),
 * {@code ;} or {@code ,} as the first line shows (spreadsheets in Russian locales write
 * {@code ;}), spaces around fields dropped, blank lines skipped. Each row knows the line of
 * the file it starts on, for reports.
 */
public final class CsvReader implements Closeable {

	/** A row and the line of the file it starts on (1-based). */
	public record Row(int line, List<String> fields) {
	}

	/** The file is not UTF-8, or not CSV (e.g. text after a closing quote), from this line on. */
	public static final class Malformed extends RuntimeException {

		private final int line;

		private final boolean encoding;

		Malformed(int line, boolean encoding, Throwable cause) {
			super("Malformed CSV at line " + line, cause);
			this.line = line;
			this.encoding = encoding;
		}

		public int line() {
			return line;
		}

		/** Whether the bytes are not UTF-8 (else the quoting is broken). */
		public boolean encoding() {
			return encoding;
		}

	}

	private static final int HEADER_LOOKAHEAD = 64 * 1024;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final char separator;

	private long lastLine;

	private CsvReader(BufferedReader in, char separator) throws IOException {
		this.separator = separator;
		this.parser = CSVParser.builder()
			.setReader(in)
			.setFormat(CSVFormat.RFC4180.builder()
				.setDelimiter(separator)
				.setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(false)
				.get())
			.get();
		this.records = parser.iterator();
	}

	/** A reader of UTF-8 bytes; the separator is the one the first line uses more. */
	public static CsvReader of(InputStream utf8) {
		BufferedReader in = new BufferedReader(new InputStreamReader(utf8, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
		try {
			in.mark(1);
			if (in.read() != '\uFEFF') {
				in.reset();
			}
			return new CsvReader(in, separatorOf(firstLine(in)));
		}
		catch (CharacterCodingException ex) {
			throw new Malformed(1, true, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first line, or its first 64K characters, left unread. */
	private static String firstLine(BufferedReader in) throws IOException {
		in.mark(HEADER_LOOKAHEAD);
		StringBuilder first = new StringBuilder();
		int c;
		while (first.length() < HEADER_LOOKAHEAD && (c = in.read()) != -1 && c != '\n' && c != '\r') {
			first.append((char) c);
		}
		in.reset();
		return first.toString();
	}

	public static CsvReader of(byte[] utf8) {
		return of(new ByteArrayInputStream(utf8));
	}

	/** The separator a first line uses: {@code ;} when it has more of them than commas. */
	static char separatorOf(String firstLine) {
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		long commas = firstLine.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	public char separator() {
		return separator;
	}

	/** The next row that is not blank, or null at the end of the file. */
	public @Nullable Row next() {
		while (true) {
			int start = (int) lastLine + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			}
			catch (UncheckedIOException ex) {
				throw new Malformed(Math.max(start, (int) parser.getCurrentLineNumber()),
						ex.getCause() instanceof CharacterCodingException, ex);
			}
			catch (IllegalStateException ex) {
				throw new Malformed(Math.max(start, (int) parser.getCurrentLineNumber()), false, ex);
			}
			lastLine = parser.getCurrentLineNumber();
			List<String> fields = record.toList();
			if (fields.size() > 1 || !(fields.isEmpty() || fields.getFirst().isBlank())) {
				return new Row(start, fields);
			}
		}
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
