package ru.vmeste.reports.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.reports.Topics;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The topic catalog for the report form of apps.
 */
@RestController
@RequestMapping("/api/v1/topics")
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class TopicsApiController {

	record TopicView(String id, String code, String name, @Nullable String parentId, boolean active) {
	}

	private final Topics topics;

	TopicsApiController(Topics topics) {
		this.topics = topics;
	}

	@GetMapping
	@Operation(summary = "Topics and their groups (groups have no parentId)")
	List<TopicView> topics(Locale locale) {
		return topics.all()
			.stream()
			.map(topic -> new TopicView(topic.id().toString(), topic.code(), topic.name().in(locale),
					topic.parent() == null ? null : topic.parent().toString(), topic.active()))
			.toList();
	}

}
