package ru.vmeste.organizations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.platform.csv.CsvReader;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;

/**
 * Reads organizations from CSV ({@link CsvReader})
 * ({@code code;name_ru;name_en;kind;parent_code;district_code;phone;email;address;working_hours},
 * separated by {@code ;} or {@code ,}, a header line optional), collecting a problem for every
 * bad row instead of stopping at the first.
 */
class OrganizationCsv {

	/** A good line. */
	record Row(int line, String code, LocalizedText name, OrganizationKind kind, @Nullable String parentCode,
			@Nullable DistrictId district, Organization.Contacts contacts) {
	}

	private static final int FIELDS = 10;

	private final Map<String, DistrictId> districts;

	private final List<OrganizationAdministration.ImportProblem> problems = new ArrayList<>();

	OrganizationCsv(List<District> districts) {
		this.districts = districts.stream().collect(Collectors.toMap(District::code, District::id, (a, b) -> a));
	}

	List<Row> parse(byte[] csv) {
		List<Row> rows = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		try (CsvReader reader = CsvReader.of(csv)) {
			for (CsvReader.Row record = reader.next(); record != null; record = reader.next()) {
				List<String> fields = record.fields();
				if (record.line() == 1 && fields.getFirst().toLowerCase(Locale.ROOT).startsWith("code")) {
					continue;
				}
				if (fields.size() != FIELDS) {
					problem(record.line(), "organizations.import.field-count", String.valueOf(fields.size()));
					continue;
				}
				Row row = row(record.line(), fields.toArray(String[]::new));
				if (row != null && !codes.add(row.code())) {
					problem(record.line(), "organizations.import.duplicate-code", row.code());
				}
				else if (row != null) {
					rows.add(row);
				}
			}
		}
		catch (CsvReader.Malformed ex) {
			problem(ex.line(), ex.encoding() ? "organizations.import.not-utf8" : "organizations.import.not-csv", "");
		}
		return rows;
	}

	List<OrganizationAdministration.ImportProblem> problems() {
		return problems;
	}

	private @Nullable Row row(int line, String[] fields) {
		int before = problems.size();
		String code = fields[0];
		if (!code.matches("[a-z0-9][a-z0-9-]{1,62}")) {
			problem(line, "organizations.import.bad-code", code);
		}
		if (fields[1].isEmpty()) {
			problem(line, "organizations.import.no-name", "");
		}
		OrganizationKind kind = parse(fields[3], OrganizationKind::valueOf);
		if (kind == null) {
			problem(line, "organizations.import.bad-kind", fields[3]);
		}
		DistrictId district = fields[5].isEmpty() ? null : districts.get(fields[5]);
		if (!fields[5].isEmpty() && district == null) {
			problem(line, "organizations.import.unknown-district", fields[5]);
		}
		if (problems.size() > before) {
			return null;
		}
		return new Row(line, code, new LocalizedText(fields[1], fields[2]), kind,
				fields[4].isEmpty() ? null : fields[4], district,
				new Organization.Contacts(fields[6], fields[7], fields[8], fields[9]));
	}

	private void problem(int line, String reason, String value) {
		problems.add(new OrganizationAdministration.ImportProblem(line, reason, value));
	}

	private static <T> @Nullable T parse(String value, Function<String, T> parser) {
		try {
			return parser.apply(value.toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
