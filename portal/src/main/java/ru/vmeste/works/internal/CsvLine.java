package ru.vmeste.works.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields: a separator inside double quotes is part of the field, and
 * a doubled quote inside quotes is a quote (RFC 4180, one line per record).
 */
final class CsvLine {

	private CsvLine() {
	}

	/** The separator a header line uses: {@code ;} (as spreadsheets in Russian write) or {@code ,}. */
	static char separatorOf(String header) {
		return header.indexOf(';') >= 0 || header.indexOf(',') < 0 ? ';' : ',';
	}

	static List<String> split(String line, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				// spaces before an opening quote are not part of the field
				field.setLength(0);
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString().strip());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString().strip());
		return fields;
	}

}
