package ru.vmeste.objects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Checks a raw object of one type against every rule and reports all that it breaks at once:
 * missing name, unreadable or wrongly shaped geometry, a point outside the region, an unknown
 * owner or status, attribute values of the wrong type. The admin form and imports share it.
 */
public final class ObjectCheck {

	static final int MAX_TEXT = 300;

	/** A checked object: a draft ready to store, or the problems that stop it. */
	public record Result(@Nullable ObjectDraft draft, List<ObjectProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

		public boolean isValid() {
			return draft != null;
		}

	}

	private final ObjectType type;

	private final Territory territory;

	private final Map<String, OrganizationId> owners = new HashMap<>();

	ObjectCheck(ObjectType type, List<Organization> organizations, Territory territory) {
		this.type = type;
		this.territory = territory;
		organizations.forEach(organization -> {
			owners.put(organization.code().toLowerCase(Locale.ROOT), organization.id());
			owners.put(organization.id().toString(), organization.id());
		});
	}

	public Result check(RawObject raw) {
		List<ObjectProblem> problems = new ArrayList<>();
		String name = text("name", raw.name(), true, problems);
		String nameEn = text("nameEn", raw.nameEn(), false, problems);
		String address = text("address", raw.address(), false, problems);
		String externalId = raw.externalId() == null ? "" : text("externalId", raw.externalId(), false, problems);
		Geometry geometry = geometry(raw, problems);
		GeoPoint point = geometry == null ? null : Geometries.representativePoint(geometry);
		Optional<District> district = point == null ? Optional.empty() : territory.locate(point);
		if (point != null && district.isEmpty()) {
			problems.add(ObjectProblem.of("geometry", "objects.problem.outside-region"));
		}
		OrganizationId owner = owner(raw.owner(), problems);
		ObjectStatus status = status(raw.status(), problems);
		Map<String, Object> attributes = attributes(raw.attributes(), problems);
		if (!problems.isEmpty() || geometry == null || point == null || district.isEmpty() || owner == null
				|| status == null) {
			return new Result(null, problems);
		}
		return new Result(new ObjectDraft(type.id(), externalId.isEmpty() ? null : externalId,
				new LocalizedText(name, nameEn), address.isEmpty() ? null : address, geometry, point, owner,
				district.get().id(), status, attributes), problems);
	}

	private static String text(String field, String value, boolean required, List<ObjectProblem> problems) {
		String text = value.strip();
		if (required && text.isEmpty()) {
			problems.add(ObjectProblem.of(field, "objects.problem.required"));
		}
		if (text.length() > MAX_TEXT) {
			problems.add(ObjectProblem.of(field, "objects.problem.too-long", String.valueOf(MAX_TEXT)));
		}
		return text;
	}

	private @Nullable Geometry geometry(RawObject raw, List<ObjectProblem> problems) {
		Geometry geometry;
		try {
			geometry = raw.geometry().get();
		}
		catch (DomainException ex) {
			problems.add(ObjectProblem.of("geometry", ex));
			return null;
		}
		catch (IllegalArgumentException ex) {
			problems.add(ObjectProblem.of("geometry", "objects.problem.geometry-unreadable"));
			return null;
		}
		if (geometry.isEmpty()) {
			problems.add(ObjectProblem.of("geometry", "objects.problem.geometry-unreadable"));
			return null;
		}
		if (!type.geometryKind().accepts(geometry)) {
			problems.add(ObjectProblem.of("geometry", "objects.problem.geometry-kind." + type.geometryKind().name()));
			return null;
		}
		if (!geometry.isValid()) {
			problems.add(ObjectProblem.of("geometry", "objects.problem.geometry-invalid"));
			return null;
		}
		return geometry;
	}

	private @Nullable OrganizationId owner(String value, List<ObjectProblem> problems) {
		String key = value.strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			problems.add(ObjectProblem.of("owner", "objects.problem.required"));
			return null;
		}
		OrganizationId owner = owners.get(key);
		if (owner == null) {
			problems.add(ObjectProblem.of("owner", "objects.problem.owner-unknown", value.strip()));
		}
		return owner;
	}

	private static @Nullable ObjectStatus status(String value, List<ObjectProblem> problems) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
		if (name.isEmpty()) {
			return ObjectStatus.ACTIVE;
		}
		try {
			return ObjectStatus.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			problems.add(ObjectProblem.of("status", "objects.problem.status-unknown", value.strip()));
			return null;
		}
	}

	private Map<String, Object> attributes(Map<String, String> raw, List<ObjectProblem> problems) {
		raw.keySet()
			.stream()
			.filter(code -> type.attribute(code).isEmpty())
			.sorted()
			.forEach(code -> problems.add(ObjectProblem.of(code, "objects.problem.attribute-unknown", code)));
		Map<String, Object> values = new HashMap<>();
		for (AttributeDefinition attribute : type.attributes()) {
			try {
				attribute.read(raw.getOrDefault(attribute.code(), "")).ifPresent(value -> values.put(attribute.code(), value));
			}
			catch (DomainException ex) {
				problems.add(ObjectProblem.of(attribute.code(), ex));
			}
		}
		return values;
	}

}
