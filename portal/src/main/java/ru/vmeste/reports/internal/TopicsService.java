package ru.vmeste.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.platform.AfterCompletion;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.RegionId;
import ru.vmeste.territory.Territory;

/**
 * Reads the topic catalog as the region this portal serves sees it (its retired topics
 * inactive), with each topic's extra questions. Every page and form asks for it, so the catalog
 * is kept in memory: this instance's own changes ({@link TopicCatalog}) show once they complete,
 * another instance's within {@code vmeste.reports.topics-refresh}.
 */
@Service
class TopicsService implements Topics {

	private final TopicStore store;

	private final Territory territory;

	private final Clock clock;

	private final Duration refresh;

	private volatile @Nullable Catalog catalog;

	TopicsService(TopicStore store, Territory territory, Clock clock, ReportsSettings settings) {
		this.store = store;
		this.territory = territory;
		this.clock = clock;
		this.refresh = settings.topicsRefresh();
	}

	@Override
	public List<Topic> all() {
		return catalog().all();
	}

	@Override
	public Optional<Topic> find(TopicId id) {
		return Optional.ofNullable(catalog().byId().get(id));
	}

	@Override
	public Optional<Topic> byCode(String code) {
		return Optional.ofNullable(catalog().byCode().get(code));
	}

	/** The catalog changes: read it again now and once the current transaction completes. */
	void changed() {
		AfterCompletion.nowAndAfter(() -> catalog = null);
	}

	/** The extra questions a topic asks on the report form, in their order. */
	List<TopicQuestion> questions(TopicId topic) {
		return catalog().questions().getOrDefault(topic, List.of());
	}

	private Catalog catalog() {
		RegionId region = territory.currentRegion().map(Region::id).orElse(null);
		Catalog current = catalog;
		if (current == null || !Objects.equals(current.region(), region)
				|| current.loadedAt().plus(refresh).isBefore(clock.instant())) {
			List<Topic> topics = store.all(region);
			current = new Catalog(region, topics,
					topics.stream().collect(Collectors.toUnmodifiableMap(Topic::id, Function.identity())),
					topics.stream().collect(Collectors.toUnmodifiableMap(Topic::code, Function.identity())),
					store.allQuestions(), clock.instant());
			catalog = current;
		}
		return current;
	}

	private record Catalog(@Nullable RegionId region, List<Topic> all, Map<TopicId, Topic> byId, Map<String, Topic> byCode,
			Map<TopicId, List<TopicQuestion>> questions, Instant loadedAt) {
	}

}
