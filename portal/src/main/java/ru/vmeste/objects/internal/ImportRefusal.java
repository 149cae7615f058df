package ru.vmeste.objects.internal;

/**
 * The file as a whole cannot be imported (not UTF-8, broken JSON, an unknown column): no row
 * is read further.
 */
final class ImportRefusal extends RuntimeException {

	private final int line;

	private final ObjectProblem problem;

	ImportRefusal(int line, String code, String... arguments) {
		super(code);
		this.line = line;
		this.problem = ObjectProblem.of("file", code, arguments);
	}

	int line() {
		return line;
	}

	ObjectProblem problem() {
		return problem;
	}

}
