package ru.vmeste.notifications.internal;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealStatusChanged;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Web Push beside the mails: every status change of an appeal goes to the devices on which its
 * followers (the author among them) turned notifications on, in each person's language.
 */
@Component
class AppealPushes {

	private static final int BATCH = 200;

	private final WebPushSender sender;

	private final PushSubscriptions subscriptions;

	private final Appeals appeals;

	private final Residents residents;

	private final MessageSource messages;

	AppealPushes(WebPushSender sender, PushSubscriptions subscriptions, Appeals appeals, Residents residents,
			MessageSource messages) {
		this.sender = sender;
		this.subscriptions = subscriptions;
		this.appeals = appeals;
		this.residents = residents;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(AppealStatusChanged change) {
		Paged<UserId> page = appeals.followers(change.appeal(), new PageQuery(0, BATCH));
		page.items().forEach(user -> push(user, change));
		while (page.hasNext()) {
			page = appeals.followers(change.appeal(), new PageQuery(page.page() + 1, BATCH));
			page.items().forEach(user -> push(user, change));
		}
	}

	private void push(UserId user, AppealStatusChanged change) {
		var devices = subscriptions.of(user);
		if (devices.isEmpty()) {
			return;
		}
		Contact contact = residents.contactOf(user).orElse(null);
		if (contact == null) {
			return;
		}
		String status = messages.getMessage("reports.status." + change.to().name(), null, change.to().name(),
				contact.locale());
		Map<String, Object> message = Map.of("title",
				messages.getMessage("push.appeal.title", new Object[] { change.number() }, contact.locale()), "body",
				status + (change.note() == null ? "" : ": " + change.note()), "url", "/appeals/" + change.appeal(),
				"tag", "appeal-" + change.appeal(), "lang", contact.locale().getLanguage());
		devices.forEach(device -> sender.send(device, message));
	}

}
