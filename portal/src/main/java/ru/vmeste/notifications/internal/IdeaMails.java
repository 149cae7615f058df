package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaOffered;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.IdeaStatusChanged;
import ru.vmeste.ideas.Ideas;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Mails about ideas (Suggest): every public status change to the idea's followers (reaching the
 * threshold included); a done idea to its supporters, who are asked to rate the result; and the
 * consent request to an appeal's author when staff offer to turn the appeal into an idea.
 */
@Component
class IdeaMails {

	private static final int BATCH = 200;

	private final Mailer mailer;

	private final Ideas ideas;

	private final PublicUrl links;

	IdeaMails(Mailer mailer, Ideas ideas, PublicUrl links) {
		this.mailer = mailer;
		this.ideas = ideas;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(IdeaStatusChanged change) {
		if (change.to() == IdeaStatus.MODERATION) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("title", change.title());
		model.put("number", change.number());
		model.put("status", change.to().name());
		model.put("link", links.of("/ideas/" + change.idea()));
		if (change.note() != null) {
			model.put("note", change.note());
		}
		if (change.to() == IdeaStatus.DONE) {
			everyone(ideas::supporters, change.idea(), user -> mailer.send(user, "idea-done", model));
			everyone(ideas::followers, change.idea(), user -> {
				if (!ideas.isSupporter(change.idea(), user)) {
					mailer.send(user, "idea-status", model);
				}
			});
			return;
		}
		everyone(ideas::followers, change.idea(), user -> mailer.send(user, "idea-status", model));
	}

	@ApplicationModuleListener
	void on(IdeaOffered offer) {
		mailer.send(offer.author(), "idea-offer", Map.of("title", offer.title(), "number", offer.appealNumber(), "link",
				links.of("/ideas/offers/" + offer.offer()), "appealLink", links.of("/appeals/" + offer.appeal())));
	}

	private static void everyone(BiFunction<IdeaId, PageQuery, Paged<UserId>> list, IdeaId idea,
			Consumer<UserId> send) {
		Paged<UserId> page = list.apply(idea, new PageQuery(0, BATCH));
		page.items().forEach(send);
		while (page.hasNext()) {
			page = list.apply(idea, new PageQuery(page.page() + 1, BATCH));
			page.items().forEach(send);
		}
	}

}
