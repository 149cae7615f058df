package ru.vmeste.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Inputs a careless or hostile client sends, drawn from a seeded {@link Random} so that any
 * failure is reproduced by its seed: malformed types, huge and unicode-hostile strings, control
 * characters, bad coordinates and bounding boxes, hostile file names, broken CSV and GeoJSON.
 */
final class HostileValues {

	private static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "%00", "\u0007\u001b[31m",
			"\r\n\r\nX-Injected: 1", "'; drop table reports_appeals; --", "\" or 1=1 --", "<script>alert(1)</script>",
			"../../../../etc/passwd", "..\\..\\windows\\win.ini", "\u202Egnp.exe", "\uD800", "\uDFFF\uD800", "\uFEFF",
			"\uFFFF", "😀👍🏽👨‍👩‍👧", "Ｑｕｅｒｙ", "null", "undefined", "NaN", "-0", "1e309", "0x41",
			"%s%s%s%n", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "*", "%", "_", "\\", "\\u0000", "true", "[]", "{}",
			"Ленина, 1", "яма у дома", "ёЁ", "ŉ", "İ", "ß", "\t");

	private static final List<String> NUMBERS = List.of("0", "-1", "1", "2147483648", "-2147483649",
			"9223372036854775808", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0.0000001", "1.5", "abc", "",
			"1,5", " 1", "0x10", "١٢٣", "99999999999999999999999999999");

	private static final List<String> COORDINATES = List.of("58.0106", "56.242", "90", "-90", "90.0001", "-90.0001",
			"180", "-180", "180.0001", "181", "NaN", "Infinity", "1e309", "", "58,0106", "abc", "0", "-0");

	private static final List<String> BBOXES = List.of("", ",", "1,2,3", "1,2,3,4,5", "a,b,c,d", "56.1,57.9,56.4,58.1",
			"56.4,58.1,56.1,57.9", "-180,-90,180,90", "-181,-91,181,91", "NaN,NaN,NaN,NaN", "1e309,0,0,0", "0,0,0,0",
			"56.1;57.9;56.4;58.1", "  56.1 , 57.9 , 56.4 , 58.1 ", "56.1,57.9,56.4,%00");

	private static final List<String> FILE_NAMES = List.of("photo.jpg", "", ".", "..", "../../etc/passwd",
			"a\u0000b.jpg", "C:\\Windows\\evil.exe", "con.txt", "\u202Egpj.exe", "😀.png", "<img src=x>.jpg",
			"a\r\nContent-Type: text/html.jpg", " .jpg ", "\u0007.csv", "x".repeat(4000) + ".jpg", "file.svg",
			"file.html", "имя файла.pdf", "%00.jpg", "\\\\server\\share\\x.pdf");

	private final Random random;

	HostileValues(long seed) {
		this.random = new Random(seed);
	}

	Random random() {
		return random;
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	String text() {
		return switch (random.nextInt(8)) {
			case 0 -> huge();
			case 1 -> randomUnicode(1 + random.nextInt(40));
			case 2 -> pick(STRINGS) + pick(STRINGS);
			default -> pick(STRINGS);
		};
	}

	String number() {
		return chance(80) ? pick(NUMBERS) : text();
	}

	String coordinate() {
		return chance(85) ? pick(COORDINATES) : text();
	}

	String bbox() {
		return chance(85) ? pick(BBOXES) : text();
	}

	String uuid() {
		return switch (random.nextInt(5)) {
			case 0 -> text();
			case 1 -> "00000000-0000-0000-0000-000000000000";
			case 2 -> UUID.randomUUID().toString().toUpperCase();
			default -> UUID.randomUUID().toString();
		};
	}

	String fileName() {
		return chance(85) ? pick(FILE_NAMES) : text();
	}

	/** A value for a parameter of the given OpenAPI type and format. */
	String forType(String type, String format, String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("bbox")) {
			return bbox();
		}
		if (lower.equals("lat") || lower.equals("lon") || lower.contains("latitude") || lower.contains("longitude")) {
			return coordinate();
		}
		if (chance(15)) {
			return text();
		}
		return switch (type) {
			case "integer", "number" -> number();
			case "boolean" -> pick(List.of("true", "false", "yes", "1", "", "TRUE", "null"));
			case "string" -> "uuid".equals(format) ? uuid() : "date".equals(format) || "date-time".equals(format)
					? pick(List.of("2026-02-30", "2026-13-01", "0000-00-00", "2026-12-04", "2026-12-04T25:00:00Z",
							"9999999-01-01", "yesterday", ""))
					: text();
			default -> text();
		};
	}

	/** Bytes of an upload: an image's first bytes, broken CSV or GeoJSON, or noise. */
	byte[] fileContent() {
		String content = switch (random.nextInt(6)) {
			case 0 -> "name;type;lat;lon\n\"unclosed;quote;58.0;56.2\n" + text() + ";;;\n";
			case 1 -> "code,name,lat,lon\n" + ("x,".repeat(1 + random.nextInt(50))) + "\n\u0000,\u0000,NaN,1e309\n";
			case 2 -> "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
					+ "\"coordinates\":[" + coordinate() + "," + coordinate() + "]},\"properties\":{\"name\":\"" + text() + "\"}}";
			case 3 -> "{\"type\":\"Polygon\",\"coordinates\":[[[1e309,0],[0,\"a\"]]]}";
			case 4 -> "\u00ff\u00d8\u00ff\u00e0" + randomUnicode(200);
			default -> text();
		};
		return content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String huge() {
		return pick(List.of("a", "я", "😀", "\u0000", "%", " ")).repeat(1_000 + random.nextInt(70_000));
	}

	private String randomUnicode(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) random.nextInt(chance(50) ? 0x80 : 0x10000));
		}
		return text.toString();
	}

}
