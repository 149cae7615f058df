package ru.vmeste.reports.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.RegionId;
import ru.vmeste.territory.Territory;

/**
 * Reads the topic catalog as the region this portal serves sees it (its retired topics inactive).
 */
@Service
@Transactional(readOnly = true)
class TopicsService implements Topics {

	private final TopicStore store;

	private final Territory territory;

	TopicsService(TopicStore store, Territory territory) {
		this.store = store;
		this.territory = territory;
	}

	@Override
	public List<Topic> all() {
		return store.all(region());
	}

	@Override
	public Optional<Topic> find(TopicId id) {
		return store.find(id, region());
	}

	@Override
	public Optional<Topic> byCode(String code) {
		return store.byCode(code, region());
	}

	private @Nullable RegionId region() {
		return territory.currentRegion().map(Region::id).orElse(null);
	}

}
