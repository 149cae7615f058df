package ru.vmeste.objects.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.Territory;

/**
 * Administrators create and change objects one at a time; every change is checked like an
 * import row and written to the object's history with the fields it touched.
 */
@Service
public class ObjectEditor {

	static final String SOURCE = "admin";

	private static final ObjectProblem EXTERNAL_ID_TAKEN = ObjectProblem.of("externalId",
			"objects.problem.external-id-taken");

	/** The outcome of a save: the object's id, or the problems that stopped it. */
	public record Outcome(@Nullable ObjectId id, List<ObjectProblem> problems) {

		public Outcome {
			problems = List.copyOf(problems);
		}

	}

	private final ObjectTypeCatalog types;

	private final ObjectStore store;

	private final Organizations organizations;

	private final Territory territory;

	private final Clock clock;

	ObjectEditor(ObjectTypeCatalog types, ObjectStore store, Organizations organizations, Territory territory,
			Clock clock) {
		this.types = types;
		this.store = store;
		this.organizations = organizations;
		this.territory = territory;
		this.clock = clock;
	}

	/** The check objects of a type go through, with today's organizations and districts. */
	public ObjectCheck checkFor(ObjectType type) {
		return new ObjectCheck(type, organizations.all(), territory);
	}

	@Transactional
	public Outcome create(ObjectType type, RawObject raw, UserId by) {
		ObjectCheck.Result checked = checkFor(type).check(raw);
		if (checked.draft() == null) {
			return new Outcome(null, checked.problems());
		}
		if (store.externalIdTaken(checked.draft(), null)) {
			return new Outcome(null, List.of(EXTERNAL_ID_TAKEN));
		}
		Instant now = clock.instant();
		ObjectId id = insert(checked.draft(), now);
		store.recordChange(id, now, by, "CREATED", List.of());
		return new Outcome(id, List.of());
	}

	@Transactional
	public Outcome update(ObjectId id, RawObject raw, UserId by) {
		CityObject before = store.find(id).orElseThrow(() -> DomainException.notFound("objects.object.not-found"));
		ObjectType type = types.get(before.type());
		ObjectCheck.Result checked = checkFor(type).check(raw);
		ObjectDraft after = checked.draft();
		if (after == null) {
			return new Outcome(null, checked.problems());
		}
		List<String> fields = changedFields(before, after);
		if (fields.isEmpty()) {
			return new Outcome(id, List.of());
		}
		if (store.externalIdTaken(after, id)) {
			return new Outcome(null, List.of(EXTERNAL_ID_TAKEN));
		}
		Instant now = clock.instant();
		try {
			store.update(id, after, SOURCE, now);
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("objects.problem.external-id-taken");
		}
		store.recordChange(id, now, by, "UPDATED", fields);
		return new Outcome(id, List.of());
	}

	/** Another administrator may have taken the external id since the check: refused, nothing saved. */
	private ObjectId insert(ObjectDraft draft, Instant now) {
		try {
			return store.insert(draft, SOURCE, now);
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("objects.problem.external-id-taken");
		}
	}

	private static List<String> changedFields(CityObject before, ObjectDraft after) {
		List<String> fields = new ArrayList<>();
		changed(fields, "externalId", before.externalId(), after.externalId());
		changed(fields, "name", before.name(), after.name());
		changed(fields, "address", before.address(), after.address());
		changed(fields, "geometry", GeoJson.write(before.geometry()).toString(), after.geometryJson());
		changed(fields, "owner", before.owner(), after.owner());
		changed(fields, "status", before.status(), after.status());
		changed(fields, "attributes", before.attributes(), after.attributes());
		return fields;
	}

	private static void changed(List<String> fields, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(field);
		}
	}

}
