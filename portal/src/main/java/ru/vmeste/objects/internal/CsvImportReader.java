package ru.vmeste.objects.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.internal.ImportColumns.Role;
import ru.vmeste.platform.csv.CsvReader;

/**
 * Reads objects from CSV ({@link CsvReader}: UTF-8, {@code ;} or {@code ,} as the header
 * shows). The header names the columns: standard fields and attribute codes of the type (any
 * other name refuses the file); the location is a {@code wkt} or {@code geometry} column, or
 * {@code lat} and {@code lon}.
 */
final class CsvImportReader implements ImportReader {

	private final CsvReader records;

	private final JsonMapper json;

	private final List<String> header = new ArrayList<>();

	private final List<Role> roles = new ArrayList<>();

	private int count;

	CsvImportReader(InputStream in, ObjectType type, JsonMapper json) {
		this.json = json;
		this.records = CsvReader.of(in);
		CsvReader.Row names = read();
		if (names == null || names.line() != 1) {
			throw new ImportRefusal(1, "objects.import.empty");
		}
		for (String name : names.fields()) {
			header.add(ImportColumns.normalized(name));
			roles.add(ImportColumns.role(name));
		}
		for (int i = 0; i < header.size(); i++) {
			if (roles.get(i) == Role.ATTRIBUTE && type.attribute(header.get(i)).isEmpty()) {
				throw new ImportRefusal(1, "objects.import.column-unknown", header.get(i));
			}
		}
		if (!roles.contains(Role.NAME)) {
			throw new ImportRefusal(1, "objects.import.column-missing", "name");
		}
		if (!roles.contains(Role.GEOMETRY) && !(roles.contains(Role.LAT) && roles.contains(Role.LON))) {
			throw new ImportRefusal(1, "objects.import.column-missing", "wkt / lat, lon");
		}
	}

	@Override
	public @Nullable ImportRow next() {
		CsvReader.Row record = read();
		if (record == null) {
			return null;
		}
		count++;
		List<ObjectProblem> problems = new ArrayList<>();
		if (record.fields().size() > header.size()) {
			problems.add(ObjectProblem.of("file", "objects.import.too-many-fields", String.valueOf(header.size()),
					String.valueOf(record.fields().size())));
		}
		Map<Role, String> fields = new HashMap<>();
		Map<String, String> attributes = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String value = i < record.fields().size() ? record.fields().get(i) : "";
			if (roles.get(i) == Role.ATTRIBUTE) {
				attributes.put(header.get(i), value);
			}
			else {
				fields.put(roles.get(i), value);
			}
		}
		String geometry = fields.getOrDefault(Role.GEOMETRY, "");
		RawObject raw = new RawObject(fields.get(Role.EXTERNAL_ID), fields.getOrDefault(Role.NAME, ""),
				fields.getOrDefault(Role.NAME_EN, ""), fields.getOrDefault(Role.ADDRESS, ""),
				() -> geometry.isBlank() ? GeometryInput.point(fields.get(Role.LAT), fields.get(Role.LON))
						: GeometryInput.geometry(geometry, json),
				fields.getOrDefault(Role.OWNER, ""), fields.getOrDefault(Role.STATUS, ""), attributes);
		return new ImportRow(record.line(), count, raw, problems);
	}

	/** The next row; a file that is not UTF-8 or not CSV is refused at the line where that shows. */
	private CsvReader.@Nullable Row read() {
		try {
			return records.next();
		}
		catch (CsvReader.Malformed ex) {
			throw new ImportRefusal(ex.line(), ex.encoding() ? "objects.import.not-utf8" : "objects.import.not-csv");
		}
	}

}
