package ru.vmeste.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One option of a select in a filter bar ({@code fragments/filters :: select}): the value the
 * query string carries and what the visitor reads — the message under {@code messageKey}
 * when there is one, else {@code text}.
 */
public record FilterChoice(String value, @Nullable String messageKey, String text) {

	/** Enum constants, each named by the message {@code prefix + name()}, e.g. {@code works.status.PLANNED}. */
	public static <E extends Enum<E>> List<FilterChoice> of(E[] values, String prefix) {
		return Arrays.stream(values).map(value -> new FilterChoice(value.name(), prefix + value.name(), value.name())).toList();
	}

	/** Values shown as they are (e.g. programme names typed by officials). */
	public static List<FilterChoice> plain(Collection<String> values) {
		return values.stream().map(value -> new FilterChoice(value, null, value)).toList();
	}

	/** A value with a name already in the visitor's language (e.g. a district). */
	public static FilterChoice named(Object value, String name) {
		return new FilterChoice(value.toString(), null, name);
	}

}
