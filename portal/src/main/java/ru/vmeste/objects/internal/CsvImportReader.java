package ru.vmeste.objects.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.internal.ImportColumns.Role;

/**
 * Reads objects from CSV in UTF-8 (a byte-order mark is skipped), separated by {@code ;} or
 * {@code ,} as the header shows. The header names the columns: standard fields and attribute
 * codes of the type (any other name refuses the file); the location is a {@code wkt} or
 * {@code geometry} column, or {@code lat} and {@code lon}.
 */
final class CsvImportReader implements ImportReader {

	private final CsvRecords records;

	private final JsonMapper json;

	private final List<String> header = new ArrayList<>();

	private final List<Role> roles = new ArrayList<>();

	private int count;

	CsvImportReader(InputStream in, ObjectType type, JsonMapper json) {
		this.json = json;
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
		try {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			reader.mark(64 * 1024);
			String first = reader.readLine();
			if (first == null || first.isBlank()) {
				throw new ImportRefusal(1, "objects.import.empty");
			}
			reader.reset();
			this.records = new CsvRecords(reader, CsvRecords.separatorOf(first));
			CsvRecords.Record names = records.next();
			for (String name : names == null ? List.<String>of() : names.fields()) {
				header.add(ImportColumns.normalized(name));
				roles.add(ImportColumns.role(name));
			}
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefusal(1, "objects.import.not-utf8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
		CsvRecords.Record record;
		try {
			record = records.next();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefusal(count + 2, "objects.import.not-utf8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

}
