package ru.vmeste.reports.routing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealPublished;

/**
 * Routes each appeal once it is published, after the moderator's transaction and apart from
 * the resident's submission; a failure is retried from the event publication registry.
 */
@Component
class RoutingListener {

	private final Router router;

	RoutingListener(Router router) {
		this.router = router;
	}

	@ApplicationModuleListener
	void on(AppealPublished published) {
		router.route(published.appeal(), published.at());
	}

}
