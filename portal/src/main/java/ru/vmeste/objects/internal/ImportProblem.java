package ru.vmeste.objects.internal;

import java.util.List;

/**
 * A bad row of an import file and every reason it is bad.
 *
 * @param line the line it starts on (1-based; the CSV header is line 1)
 * @param record its position among the file's objects (1-based)
 */
public record ImportProblem(int line, int record, List<ObjectProblem> problems) {

	public ImportProblem {
		problems = List.copyOf(problems);
	}

}
