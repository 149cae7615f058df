package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealStatusChanged;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Mails about appeals: every status change (moderation decisions included, with the
 * moderator's reason) to the appeal's followers, and each newly published appeal to residents
 * whose area subscription covers it (its author excepted).
 */
@Component
class AppealMails {

	private static final int BATCH = 200;

	private final Mailer mailer;

	private final Appeals appeals;

	private final PublicUrl links;

	AppealMails(Mailer mailer, Appeals appeals, PublicUrl links) {
		this.mailer = mailer;
		this.appeals = appeals;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(AppealStatusChanged change) {
		Map<String, Object> model = new HashMap<>();
		model.put("number", change.number());
		model.put("status", change.to().name());
		model.put("link", links.of("/appeals/" + change.appeal()));
		if (change.note() != null) {
			model.put("note", change.note());
		}
		forEach(page -> appeals.followers(change.appeal(), page), user -> mailer.send(user, "appeal-status", model));
	}

	@ApplicationModuleListener
	void on(AppealPublished published) {
		UserId author = appeals.find(published.appeal()).map(appeal -> appeal.author()).orElse(null);
		Map<String, Object> model = Map.of("link", links.of("/appeals/" + published.appeal()));
		forEach(page -> appeals.subscribersNear(published.point(), page), user -> {
			if (!user.equals(author)) {
				mailer.send(user, "appeal-nearby", model);
			}
		});
	}

	private static void forEach(Function<PageQuery, Paged<UserId>> pages, Consumer<UserId> action) {
		Paged<UserId> page = pages.apply(new PageQuery(0, BATCH));
		page.items().forEach(action);
		while (page.hasNext()) {
			page = pages.apply(new PageQuery(page.page() + 1, BATCH));
			page.items().forEach(action);
		}
	}

}
