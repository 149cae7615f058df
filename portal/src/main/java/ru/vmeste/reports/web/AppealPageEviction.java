package ru.vmeste.reports.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.web.PublicPages;
import ru.vmeste.reports.AppealEvent;

/**
 * Drops an appeal's kept public page whenever the appeal changes. A plain listener in the
 * publishing transaction (no outbox publication: a cache is not worth a row per change);
 * {@link PublicPages#evict} drops the page again once the change commits.
 */
@Component
class AppealPageEviction {

	private final PublicPages pages;

	AppealPageEviction(PublicPages pages) {
		this.pages = pages;
	}

	@EventListener
	void on(AppealEvent event) {
		pages.evict(AppealPagesController.PAGE, event.appeal());
	}

}
