package ru.vmeste.objects.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 records one at a time: quoted fields may hold separators, doubled quotes and
 * line breaks; lines end with CRLF or LF. Knows the line each record starts on, for reports.
 */
final class CsvRecords {

	/** A record and the line of the file it starts on (1-based). */
	record Record(int line, List<String> fields) {
	}

	private final PushbackReader in;

	private final char separator;

	private int line = 1;

	CsvRecords(Reader in, char separator) {
		this.in = new PushbackReader(in, 2);
		this.separator = separator;
	}

	/** The next record, or {@code null} at the end; blank lines are skipped. */
	@Nullable Record next() throws IOException {
		while (true) {
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			int c;
			while ((c = in.read()) != -1) {
				any = true;
				if (quoted) {
					if (c == '"') {
						int following = in.read();
						if (following == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (following != -1) {
								in.unread(following);
							}
						}
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == separator) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r') {
						int following = in.read();
						if (following != '\n' && following != -1) {
							in.unread(following);
						}
					}
					line++;
					break;
				}
				else {
					field.append((char) c);
				}
			}
			if (!any) {
				return null;
			}
			fields.add(field.toString());
			if (fields.size() > 1 || !fields.getFirst().isBlank()) {
				return new Record(start, fields);
			}
		}
	}

	/** The separator a header line uses: {@code ;} when it has more of them than commas. */
	static char separatorOf(String headerLine) {
		long semicolons = headerLine.chars().filter(c -> c == ';').count();
		long commas = headerLine.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

}
