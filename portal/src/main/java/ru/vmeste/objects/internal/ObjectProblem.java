package ru.vmeste.objects.internal;

import java.util.Arrays;
import java.util.List;

import ru.vmeste.shared.DomainException;

/**
 * Why a field of an object (a form field, a column of an import row) was refused: a message
 * key and its arguments, so each reader sees the reason in their language.
 *
 * @param field the field or column, e.g. {@code lat} or an attribute code
 */
public record ObjectProblem(String field, String code, List<String> arguments) {

	public ObjectProblem {
		arguments = List.copyOf(arguments);
	}

	static ObjectProblem of(String field, DomainException refusal) {
		return new ObjectProblem(field, refusal.messageCode(),
				Arrays.stream(refusal.arguments()).map(String::valueOf).toList());
	}

	static ObjectProblem of(String field, String code, String... arguments) {
		return new ObjectProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
