package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.journal.JournalConsumer;
import ru.vmeste.platform.PublicUrl;
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
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Mails about appeals: the changes of an appeal's life cycle that matter to a resident
 * (moderation decisions included, with the moderator's reason) to the appeal's followers, and
 * each newly published appeal to residents whose area subscription covers it (its author excepted).
 */
@Component
class AppealMails implements JournalConsumer<AppealEvent> {

	private static final int BATCH = 200;

	private final Mailer mailer;

	private final Appeals appeals;

	private final PublicUrl links;

	AppealMails(Mailer mailer, Appeals appeals, PublicUrl links) {
		this.mailer = mailer;
		this.appeals = appeals;
		this.links = links;
	}

	@Override
	public String stream() {
		return AppealEvent.JOURNAL;
	}

	@Override
	public String name() {
		return "notifications.appeal-mails";
	}

	/**
	 * Followers hear of the changes a resident cares about: submission, the moderator's decision,
	 * publication, being sent on, work started, the answer (with its text) and how it ended. The
	 * first routing right after publication, assignments, ratings and the question-and-answer
	 * with the author are not mailed to them (the author's question has its own mail).
	 */
	@Override
	public void accept(AppealEvent event) {
		Mail mail = switch (event) {
			case AppealSubmitted submitted -> new Mail(submitted.status().name(), null);
			case AppealReleased released -> new Mail(released.status().name(), null);
			case AppealPublished published -> new Mail(published.status().name(), null);
			case AppealRejected rejected -> new Mail(rejected.status().name(), rejected.reason());
			case AppealMerged merged -> new Mail(merged.status().name(), merged.reason());
			case AppealRouted routed -> routed.isRerouted() ? new Mail(routed.status().name(), null) : null;
			case AppealTaken taken -> new Mail(taken.status().name(), null);
			case AppealAnswered answered -> new Mail(answered.status().name(), answered.text());
			case AppealReopened reopened -> new Mail(reopened.status().name(), null);
			case AppealClosed closed -> new Mail(closed.status().name() + "_" + closed.outcome().name(), null);
			case AppealAssigned assigned -> null;
			case InformationRequested requested -> null;
			case InformationProvided provided -> null;
			case AppealRated rated -> null;
		};
		if (mail == null) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("number", event.number());
		model.put("status", mail.kind());
		model.put("link", links.of("/appeals/" + event.appeal()));
		if (mail.note() != null) {
			model.put("note", mail.note());
		}
		// the author hears of the answer in the mail asking whether it is fixed (AnswerConfirmationMails)
		UserId author = event instanceof AppealAnswered
				? appeals.find(event.appeal()).map(appeal -> appeal.author()).orElse(null) : null;
		forEach(page -> appeals.followers(event.appeal(), page), user -> {
			if (!user.equals(author)) {
				mailer.send(user, "appeal-status", model);
			}
		});
	}

	/** Which text an appeal-status mail says ({@code mail.appeal-status.<kind>}) and its note. */
	private record Mail(String kind, @Nullable String note) {
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
