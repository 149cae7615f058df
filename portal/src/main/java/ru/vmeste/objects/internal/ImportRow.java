package ru.vmeste.objects.internal;

import java.util.List;

/**
 * One object read from an import file.
 *
 * @param line the line of the file where it starts (1-based, the CSV header is line 1)
 * @param record its position among the file's objects (1-based)
 * @param problems what the reader already found wrong with it (e.g. too many fields)
 */
record ImportRow(int line, int record, RawObject raw, List<ObjectProblem> problems) {

	ImportRow {
		problems = List.copyOf(problems);
	}

}
