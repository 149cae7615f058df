package ru.vmeste.notifications.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.journal.JournalConsumer;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealMerged;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReleased;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Web Push beside the mails: the changes of an appeal its followers (the author among them) are
 * mailed about also go to the devices on which they turned notifications on, in each person's language.
 */
@Component
class AppealPushes implements JournalConsumer<AppealEvent> {

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

	@Override
	public String stream() {
		return AppealEvent.JOURNAL;
	}

	@Override
	public String name() {
		return "notifications.appeal-pushes";
	}

	/** The changes the mails tell followers of (see {@code AppealMails}), with the same note. */
	@Override
	public void accept(AppealEvent event) {
		Change change = switch (event) {
			case AppealSubmitted submitted -> new Change(submitted, null);
			case AppealReleased released -> new Change(released, null);
			case AppealPublished published -> new Change(published, null);
			case AppealRejected rejected -> new Change(rejected, rejected.reason());
			case AppealMerged merged -> new Change(merged, merged.reason());
			case AppealRouted routed -> routed.isRerouted() ? new Change(routed, null) : null;
			case AppealTaken taken -> new Change(taken, null);
			case AppealAnswered answered -> new Change(answered, answered.text());
			case AppealReopened reopened -> new Change(reopened, null);
			case AppealClosed closed -> new Change(closed, null);
			case AppealAssigned assigned -> null;
			case InformationRequested requested -> null;
			case InformationProvided provided -> null;
			case AppealRated rated -> null;
		};
		if (change == null) {
			return;
		}
		Paged<UserId> page = appeals.followers(event.appeal(), new PageQuery(0, BATCH));
		page.items().forEach(user -> push(user, change));
		while (page.hasNext()) {
			page = appeals.followers(event.appeal(), new PageQuery(page.page() + 1, BATCH));
			page.items().forEach(user -> push(user, change));
		}
	}

	/** A change worth a notification, and what to add to its status. */
	private record Change(AppealEvent event, @Nullable String note) {
	}

	private void push(UserId user, Change change) {
		var devices = subscriptions.of(user);
		if (devices.isEmpty()) {
			return;
		}
		Contact contact = residents.contactOf(user).orElse(null);
		if (contact == null) {
			return;
		}
		AppealEvent event = change.event();
		String status = messages.getMessage("reports.status." + event.status().name(), null, event.status().name(),
				contact.locale());
		Map<String, Object> message = Map.of("title",
				messages.getMessage("push.appeal.title", new Object[] { event.number() }, contact.locale()), "body",
				status + (change.note() == null ? "" : ": " + change.note()), "url", "/appeals/" + event.appeal(),
				"tag", "appeal-" + event.appeal(), "lang", contact.locale().getLanguage());
		devices.forEach(device -> sender.send(device, message));
	}

}
