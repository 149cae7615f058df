package ru.vmeste.edms.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer (RFC 8259), so the simulator needs nothing but the JDK.
 * Objects are maps, arrays lists, numbers {@link Long} or {@link BigDecimal}.
 */
final class Json {

	private final String text;

	private int position;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		json.whitespace();
		Object value = json.value();
		json.whitespace();
		if (json.position != text.length()) {
			throw json.error("unexpected text after the end");
		}
		return value;
	}

	/** The body as an object, or an error the caller turns into a 400. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		if (parse(text) instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("a JSON object expected");
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				string(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			string(value.toString(), out);
		}
	}

	private static void string(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private Object value() {
		if (position >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(position);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		position++;
		whitespace();
		if (peek('}')) {
			position++;
			return object;
		}
		while (true) {
			whitespace();
			if (!peek('"')) {
				throw error("expected a name");
			}
			String name = string();
			whitespace();
			expect(':');
			whitespace();
			object.put(name, value());
			whitespace();
			if (peek(',')) {
				position++;
				continue;
			}
			expect('}');
			return object;
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		position++;
		whitespace();
		if (peek(']')) {
			position++;
			return array;
		}
		while (true) {
			whitespace();
			array.add(value());
			whitespace();
			if (peek(',')) {
				position++;
				continue;
			}
			expect(']');
			return array;
		}
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (position >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			if (position >= text.length()) {
				throw error("unterminated escape");
			}
			char escape = text.charAt(position++);
			switch (escape) {
				case '"', '\\', '/' -> value.append(escape);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					if (position + 4 > text.length()) {
						throw error("short \\u escape");
					}
					value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
					position += 4;
				}
				default -> throw error("unknown escape \\" + escape);
			}
		}
	}

	private Object number() {
		int start = position;
		while (position < text.length() && "0123456789.eE+-".indexOf(text.charAt(position)) >= 0) {
			position++;
		}
		String number = text.substring(start, position);
		try {
			return number.matches("-?(0|[1-9][0-9]{0,17})") ? (Object) Long.valueOf(number) : new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw error("not a value: \"" + number + "\"");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, position)) {
			throw error("not a value");
		}
		position += word.length();
		return value;
	}

	private void whitespace() {
		while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
			position++;
		}
	}

	private boolean peek(char c) {
		return position < text.length() && text.charAt(position) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		position++;
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("JSON error at character " + position + ": " + problem);
	}

}
