package ru.vmeste.works.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.works.Work;

/**
 * Published appeals reported where works are (within about {@value #MARGIN_METRES} m of what the
 * works touch), through the reports module's API: residents see what the works may fix.
 */
@Component
class WorkRelatedAppeals {

	/** An appeal near works; never its author. */
	@Schema(name = "WorkRelatedAppeal")
	record Item(String id, long number, String topic, AppealStatus status, Instant at) {
	}

	static final int MARGIN_METRES = 100;

	static final int SHOWN = 10;

	private static final double METRES_PER_DEGREE = 111_195;

	private final Appeals appeals;

	private final Topics topics;

	WorkRelatedAppeals(Appeals appeals, Topics topics) {
		this.appeals = appeals;
		this.topics = topics;
	}

	Paged<Item> near(Work work, Locale locale) {
		Map<TopicId, String> names = topics.all()
			.stream()
			.collect(Collectors.toMap(Topic::id, topic -> topic.name().in(locale), (a, b) -> a));
		return appeals.publishedWithin(around(work.place().extent()), new PageQuery(0, SHOWN))
			.map(appeal -> new Item(appeal.id().toString(), appeal.number(), names.getOrDefault(appeal.topic(), ""),
					appeal.status(), appeal.createdAt()));
	}

	private static BoundingBox around(BoundingBox extent) {
		double dLat = MARGIN_METRES / METRES_PER_DEGREE;
		double dLon = dLat / Math.cos(Math.toRadians((extent.minLat() + extent.maxLat()) / 2));
		return new BoundingBox(Math.max(-180, extent.minLon() - dLon), Math.max(-90, extent.minLat() - dLat),
				Math.min(180, extent.maxLon() + dLon), Math.min(90, extent.maxLat() + dLat));
	}

}
