package ru.vmeste.objects.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.ObjectsSettings;
import ru.vmeste.shared.DomainException;

/**
 * The object types, answered from memory: every map request names a type, and types change
 * rarely. The snapshot is reloaded every {@code vmeste.objects.types-refresh} (30 s) and at once
 * after a change made through this instance. Administrators define and change types here.
 */
@Service
public class ObjectTypeCatalog {

	/** Type codes become dataset ids and URLs: lower-case letters, digits and dashes. */
	static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	/** Columns every object has; an attribute may not take their names in exports and imports. */
	static final Set<String> RESERVED = Set.of("id", "type", "external_id", "name", "name_ru", "name_en", "address",
			"owner", "owner_id", "district", "district_id", "status", "lat", "lon", "wkt", "geometry", "source",
			"updated_at");

	private record Snapshot(List<ObjectType> types, Instant loadedAt) {
	}

	private final ObjectTypeStore store;

	private final Clock clock;

	private final Duration refresh;

	private volatile @Nullable Snapshot snapshot;

	ObjectTypeCatalog(ObjectTypeStore store, Clock clock, ObjectsSettings settings) {
		this.store = store;
		this.clock = clock;
		this.refresh = settings.typesRefresh();
	}

	public List<ObjectType> all() {
		return snapshot().types();
	}

	public Optional<ObjectType> find(ObjectTypeId id) {
		return all().stream().filter(type -> type.id().equals(id)).findFirst();
	}

	public Optional<ObjectType> byCode(String code) {
		return all().stream().filter(type -> type.code().equals(code)).findFirst();
	}

	public ObjectType get(ObjectTypeId id) {
		return find(id).orElseThrow(() -> DomainException.notFound("objects.type.not-found"));
	}

	public boolean hasObjects(ObjectTypeId id) {
		return store.hasObjects(id);
	}

	/**
	 * Creates a type, or changes one: its code never changes, and a type with objects keeps its
	 * geometry kind and attribute types. One statement, so it needs no transaction, and the
	 * snapshot is dropped after it committed.
	 */
	public ObjectType save(ObjectType type) {
		check(type);
		Optional<ObjectType> existing = find(type.id());
		try {
			if (existing.isEmpty()) {
				store.insert(type, clock.instant());
			}
			else {
				checkCompatible(existing.get(), type);
				store.update(type, clock.instant());
			}
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("objects.type.code-taken", type.code());
		}
		snapshot = null;
		return type;
	}

	private static void check(ObjectType type) {
		if (!CODE.matcher(type.code()).matches()) {
			throw DomainException.invalid("objects.type.code-invalid");
		}
		Set<String> codes = new HashSet<>();
		for (AttributeDefinition attribute : type.attributes()) {
			if (RESERVED.contains(attribute.code())) {
				throw DomainException.invalid("objects.type.attribute-reserved", attribute.code());
			}
			if (!codes.add(attribute.code())) {
				throw DomainException.invalid("objects.type.attribute-duplicate", attribute.code());
			}
		}
	}

	private void checkCompatible(ObjectType before, ObjectType after) {
		if (!before.code().equals(after.code())) {
			// the code names the type's dataset and its download URLs, which others rely on
			throw DomainException.conflict("objects.type.code-locked");
		}
		if (!store.hasObjects(before.id())) {
			return;
		}
		if (before.geometryKind() != after.geometryKind()) {
			throw DomainException.conflict("objects.type.geometry-locked");
		}
		for (AttributeDefinition attribute : after.attributes()) {
			before.attribute(attribute.code())
				.filter(old -> old.type() != attribute.type())
				.ifPresent(old -> {
					throw DomainException.conflict("objects.type.attribute-type-locked", attribute.code());
				});
		}
	}

	/** Forgets the snapshot, e.g. after types were created outside this class. */
	void changed() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || current.loadedAt().plus(refresh).isBefore(clock.instant())) {
			current = new Snapshot(store.all(), clock.instant());
			snapshot = current;
		}
		return current;
	}

}
