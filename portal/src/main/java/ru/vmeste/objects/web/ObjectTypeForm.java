package ru.vmeste.objects.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.GeometryKind;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.shared.LocalizedText;

/**
 * The administrator's form of an object type and its attributes; attribute rows without a
 * code are spare rows and ignored.
 */
record ObjectTypeForm(
		@NotBlank(message = "{objects.form.required}") @Size(max = 40, message = "{objects.form.too-long}") String code,
		@NotBlank(message = "{objects.form.required}") @Size(max = 100, message = "{objects.form.too-long}") String nameRu,
		@Nullable @Size(max = 100, message = "{objects.form.too-long}") String nameEn,
		@NotBlank(message = "{objects.form.required}")
		@Pattern(regexp = "[a-z0-9-]{1,40}", message = "{objects.form.icon}") String icon,
		@NotNull(message = "{objects.form.required}") GeometryKind geometryKind,
		@Nullable List<@Valid AttributeForm> attributes) {

	static final int SPARE_ROWS = 2;

	/** One attribute row; {@code options} lists an enumeration's values separated by commas. */
	record AttributeForm(@Nullable @Size(max = 40, message = "{objects.form.too-long}") String code,
			@Nullable @Size(max = 100, message = "{objects.form.too-long}") String nameRu,
			@Nullable @Size(max = 100, message = "{objects.form.too-long}") String nameEn, @Nullable AttributeType type,
			@Nullable Boolean required, @Nullable @Size(max = 1000, message = "{objects.form.too-long}") String options) {

		static AttributeForm blank() {
			return new AttributeForm("", "", "", AttributeType.TEXT, false, "");
		}

		static AttributeForm of(AttributeDefinition definition) {
			return new AttributeForm(definition.code(), definition.name().ru(), definition.name().en(), definition.type(),
					definition.required(), String.join(", ", definition.options()));
		}

		boolean isBlank() {
			return code == null || code.isBlank();
		}

		AttributeDefinition toDefinition() {
			String codeText = code == null ? "" : code.strip();
			String label = nameRu == null || nameRu.isBlank() ? codeText : nameRu.strip();
			return new AttributeDefinition(codeText, new LocalizedText(label, nameEn), type == null ? AttributeType.TEXT : type,
					Boolean.TRUE.equals(required), options == null ? List.of() : Arrays.asList(options.split(",")));
		}

	}

	static ObjectTypeForm empty() {
		return new ObjectTypeForm("", "", "", "geo-alt", GeometryKind.POINT, List.of()).withSpareRows();
	}

	static ObjectTypeForm of(ObjectType type) {
		return new ObjectTypeForm(type.code(), type.name().ru(), type.name().en(), type.icon(), type.geometryKind(),
				type.attributes().stream().map(AttributeForm::of).toList()).withSpareRows();
	}

	/** The same form with its filled rows and {@value #SPARE_ROWS} blank ones to add attributes. */
	ObjectTypeForm withSpareRows() {
		List<AttributeForm> rows = new ArrayList<>(filledRows());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(AttributeForm.blank());
		}
		return new ObjectTypeForm(code, nameRu, nameEn, icon, geometryKind, rows);
	}

	/** The type as entered; attribute rules (codes, options) may refuse it with a reason. */
	ObjectType toType(@Nullable ObjectTypeId id) {
		return new ObjectType(id == null ? new ObjectTypeId(UUID.randomUUID()) : id, code.strip(),
				new LocalizedText(nameRu.strip(), nameEn), icon.strip(), geometryKind,
				filledRows().stream().map(AttributeForm::toDefinition).toList());
	}

	private List<AttributeForm> filledRows() {
		return attributes == null ? List.of() : attributes.stream().filter(row -> !row.isBlank()).toList();
	}

}
