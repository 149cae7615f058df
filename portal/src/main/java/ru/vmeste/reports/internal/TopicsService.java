package ru.vmeste.reports.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;

/**
 * Reads the topic catalog.
 */
@Service
@Transactional(readOnly = true)
class TopicsService implements Topics {

	private final TopicStore store;

	TopicsService(TopicStore store) {
		this.store = store;
	}

	@Override
	public List<Topic> all() {
		return store.all();
	}

	@Override
	public Optional<Topic> find(TopicId id) {
		return store.find(id);
	}

	@Override
	public Optional<Topic> byCode(String code) {
		return store.byCode(code);
	}

}
