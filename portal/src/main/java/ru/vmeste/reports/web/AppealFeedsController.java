package ru.vmeste.reports.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.platform.PublicUrl;
import ru.vmeste.platform.web.AtomFeed;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.AppealSearch;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Atom feeds for readers who follow without an account: the newest published appeals, of a
 * district and/or a topic, and the public history of one appeal. They hold what the public
 * pages show and nothing more — never an author.
 */
@RestController
@PartOf(PortalService.INFORM)
class AppealFeedsController {

	private static final int ENTRIES = 50;

	private final AppealSearch search;

	private final AppealFilters filters;

	private final AppealViews views;

	private final Topics topics;

	private final PublicUrl links;

	private final Clock clock;

	private final MessageSource messages;

	AppealFeedsController(AppealSearch search, AppealFilters filters, AppealViews views, Topics topics, PublicUrl links,
			Clock clock, MessageSource messages) {
		this.search = search;
		this.filters = filters;
		this.views = views;
		this.topics = topics;
		this.links = links;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/feeds/appeals.atom")
	ResponseEntity<String> appeals(@RequestParam(required = false) @Nullable UUID district,
			@RequestParam(required = false) @Nullable UUID topic, Locale locale) {
		String query = (district == null ? "" : "district=" + district) + (district != null && topic != null ? "&" : "")
				+ (topic == null ? "" : "topic=" + topic);
		String self = links.of("/feeds/appeals.atom" + (query.isEmpty() ? "" : "?" + query));
		var entries = search.page(filters.of(topic, null, district, null, null, null), PageQuery.of(0, ENTRIES))
			.items()
			.stream()
			.map(appeal -> new AtomFeed.Entry(links.of("/appeals/" + appeal.id()), title(appeal, locale),
					links.of("/appeals/" + appeal.id()),
					appeal.publishedAt() == null ? appeal.createdAt() : appeal.publishedAt(), appeal.text()))
			.toList();
		String title = messages.getMessage("reports.feed.appeals", null, locale);
		return new AtomFeed(self, title, links.of("/appeals"), entries).response(clock.instant());
	}

	@GetMapping("/appeals/{id}/feed.atom")
	ResponseEntity<String> appeal(@PathVariable UUID id, Locale locale) {
		AppealViews.AppealView appeal = views.visibleView(new AppealId(id), null, locale);
		String page = links.of("/appeals/" + id);
		var entries = appeal.history()
			.reversed()
			.stream()
			.map(step -> new AtomFeed.Entry(page + "#" + step.at().toEpochMilli() + "-" + step.status(), step.change(), page,
					step.at(), step.note()))
			.toList();
		return new AtomFeed(links.of("/appeals/" + id + "/feed.atom"),
				messages.getMessage("reports.feed.appeal", new Object[] { appeal.number() }, locale), page, entries)
			.response(clock.instant());
	}

	private String title(Appeal appeal, Locale locale) {
		String topic = topics.find(appeal.topic()).map(found -> found.name().in(locale)).orElse("");
		return "№ " + appeal.number() + (topic.isEmpty() ? "" : " — " + topic);
	}

}
