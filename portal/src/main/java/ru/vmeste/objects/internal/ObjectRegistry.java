package ru.vmeste.objects.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Reads the registry for pages and the API: one object, its history, and paged lists that
 * filter by type and district and search by name or address.
 */
@Service
@Transactional(readOnly = true)
public class ObjectRegistry {

	private final ObjectStore store;

	ObjectRegistry(ObjectStore store) {
		this.store = store;
	}

	public Optional<CityObject> find(ObjectId id) {
		return store.find(id);
	}

	public Paged<ObjectSummary> list(ObjectFilter filter, PageQuery page) {
		return store.list(filter, page);
	}

	public Paged<HistoryEntry> history(ObjectId id, PageQuery page) {
		return store.history(id, page);
	}

	public long count() {
		return store.count();
	}

}
