package ru.vmeste.works.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.platform.csv.CsvReader;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.Funding;
import ru.vmeste.works.WorkKind;

/**
 * Reads works from CSV ({@link CsvReader}) with a header naming the columns (any order,
 * {@code ;} or {@code ,} between fields). Each row becomes a draft or a problem with its line
 * number and reason; reading never stops at the first bad row.
 */
final class WorkCsv {

	/** Every column a file may have. */
	static final List<String> COLUMNS = List.of("number", "title", "kind", "program", "program_year", "funding_source",
			"budget", "contract_amount", "contractor", "planned_start", "planned_end", "lat", "lon", "geometry",
			"object_ids", "description");

	private static final Set<String> REQUIRED = Set.of("title", "kind", "planned_start", "planned_end");

	private static final Map<String, WorkKind> KIND_WORDS = Map.of("ремонт", WorkKind.REPAIR, "строительство",
			WorkKind.CONSTRUCTION, "благоустройство", WorkKind.IMPROVEMENT, "содержание", WorkKind.MAINTENANCE);

	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** A line read into a draft. */
	record Row(int line, WorkDraft draft) {
	}

	/** A line that could not be read, and why: a message key and its arguments. */
	record Problem(int line, String reason, List<String> arguments) {
	}

	private final WorkPlaces places;

	private final List<Row> rows = new ArrayList<>();

	private final List<Problem> problems = new ArrayList<>();

	WorkCsv(WorkPlaces places) {
		this.places = places;
	}

	/** Reads every row of a file; more than {@code maxRows} rows refuse the whole file. */
	WorkCsv read(byte[] csv, int maxRows) {
		try (CsvReader reader = CsvReader.of(csv)) {
			CsvReader.Row header = reader.next();
			if (header == null) {
				problems.add(new Problem(1, "works.import.no-header", List.of(String.join(";", COLUMNS))));
				return this;
			}
			List<String> names = header.fields().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
			List<String> unknown = names.stream().filter(name -> !COLUMNS.contains(name)).toList();
			List<String> missing = REQUIRED.stream().filter(name -> !names.contains(name)).sorted().toList();
			if (!unknown.isEmpty() || !missing.isEmpty()) {
				problems.add(new Problem(header.line(), "works.import.bad-header",
						List.of(String.join(", ", unknown), String.join(", ", missing))));
				return this;
			}
			int count = 0;
			for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
				if (++count > maxRows) {
					throw DomainException.invalid("works.import.too-many-rows", maxRows);
				}
				read(row.line(), names, row.fields());
			}
		}
		catch (CsvReader.Malformed ex) {
			problems.add(new Problem(ex.line(), ex.encoding() ? "works.import.not-utf8" : "works.import.not-csv",
					List.of()));
		}
		return this;
	}

	List<Row> rows() {
		return rows;
	}

	List<Problem> problems() {
		return problems;
	}

	private void read(int line, List<String> names, List<String> values) {
		if (values.size() != names.size()) {
			problems.add(new Problem(line, "works.import.field-count",
					List.of(String.valueOf(values.size()), String.valueOf(names.size()))));
			return;
		}
		Map<String, String> fields = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			fields.put(names.get(i), values.get(i));
		}
		try {
			rows.add(new Row(line, draft(fields)));
		}
		catch (DomainException ex) {
			problems.add(new Problem(line, ex.messageCode(), Arrays.stream(ex.arguments()).map(String::valueOf).toList()));
		}
	}

	private WorkDraft draft(Map<String, String> fields) {
		Funding funding = new Funding(text(fields, "program"), integer(fields, "program_year"),
				text(fields, "funding_source"), money(fields, "budget"), money(fields, "contract_amount"));
		return new WorkDraft(fields.getOrDefault("title", ""), fields.getOrDefault("description", ""),
				kind(fields.get("kind")), funding, text(fields, "contractor"), text(fields, "number"),
				date(fields, "planned_start"), date(fields, "planned_end"), 0, geometry(fields), objects(fields));
	}

	private @Nullable Geometry geometry(Map<String, String> fields) {
		String geometry = text(fields, "geometry");
		if (geometry != null) {
			return places.parse(geometry);
		}
		String lat = text(fields, "lat");
		String lon = text(fields, "lon");
		if (lat == null || lon == null) {
			return null;
		}
		try {
			return places.point(Double.parseDouble(lat.replace(',', '.')), Double.parseDouble(lon.replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("works.import.bad-value", "lat/lon", lat + " " + lon);
		}
	}

	private static List<UUID> objects(Map<String, String> fields) {
		String ids = text(fields, "object_ids");
		if (ids == null) {
			return List.of();
		}
		List<UUID> objects = new ArrayList<>();
		for (String id : ids.split("[\\s,]+")) {
			try {
				objects.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("works.import.bad-value", "object_ids", id);
			}
		}
		return objects;
	}

	private static WorkKind kind(@Nullable String value) {
		String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		WorkKind kind = KIND_WORDS.get(word);
		if (kind != null) {
			return kind;
		}
		return Arrays.stream(WorkKind.values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(word))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("works.import.bad-value", "kind", String.valueOf(value)));
	}

	private static LocalDate date(Map<String, String> fields, String column) {
		String value = text(fields, column);
		if (value == null) {
			throw DomainException.invalid("works.import.required", column);
		}
		try {
			return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("works.import.bad-value", column, value);
		}
	}

	private static @Nullable BigDecimal money(Map<String, String> fields, String column) {
		String value = text(fields, column);
		if (value == null) {
			return null;
		}
		String plain = value.replaceAll("[\\s\u00a0]", "");
		try {
			return new BigDecimal(plain.contains(".") ? plain : plain.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("works.import.bad-value", column, value);
		}
	}

	private static @Nullable Integer integer(Map<String, String> fields, String column) {
		String value = text(fields, column);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("works.import.bad-value", column, value);
		}
	}

	private static @Nullable String text(Map<String, String> fields, String column) {
		String value = fields.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
