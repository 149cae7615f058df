package ru.vmeste.ideas.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.ideas.IdeaId;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.platform.web.AtomFeed;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * An Atom feed of one public idea's history (published, supported enough, reviewed, put to a
 * vote, become works), for readers who follow it without an account.
 */
@RestController
@PartOf(PortalService.SUGGEST)
class IdeaFeedController {

	private final IdeaViews views;

	private final PublicUrl links;

	private final MessageSource messages;

	private final Clock clock;

	IdeaFeedController(IdeaViews views, PublicUrl links, MessageSource messages, Clock clock) {
		this.views = views;
		this.links = links;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/ideas/{id}/feed.atom")
	ResponseEntity<String> idea(@PathVariable UUID id, Locale locale) {
		var idea = views.details(views.visible(new IdeaId(id), null), locale);
		if (!idea.status().isPublic()) {
			throw DomainException.notFound("ideas.idea.not-found");
		}
		String page = links.of("/ideas/" + id);
		var entries = idea.history()
			.reversed()
			.stream()
			.map(step -> new AtomFeed.Entry(page + "#" + step.at().toEpochMilli() + "-" + step.change(),
					messages.getMessage("ideas.change." + step.change().name(), new Object[] { step.ref() }, locale), page,
					step.at(), step.note()))
			.toList();
		return new AtomFeed(links.of("/ideas/" + id + "/feed.atom"), idea.title(), page, entries).response(clock.instant());
	}

}
