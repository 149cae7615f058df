package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.works.WorkFlagged;
import ru.vmeste.works.WorkRatingDeclined;
import ru.vmeste.works.WorkStatusChanged;
import ru.vmeste.works.Works;

/**
 * Mails about works: every status change (completion included) to the residents who follow
 * them, a low residents' rating to the heads of the customer organization (to every member
 * when it has no head), and a declined rating to its author with the moderator's reason.
 */
@Component
class WorkMails {

	private static final int BATCH = 200;

	private final Mailer mailer;

	private final Works works;

	private final Organizations organizations;

	private final PublicUrl links;

	WorkMails(Mailer mailer, Works works, Organizations organizations, PublicUrl links) {
		this.mailer = mailer;
		this.works = works;
		this.organizations = organizations;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(WorkStatusChanged change) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", change.title());
		model.put("number", change.number());
		model.put("status", change.to().name());
		model.put("link", links.of("/works/" + change.work()));
		if (change.reason() != null) {
			model.put("reason", change.reason());
		}
		Paged<UserId> page = works.subscribers(change.work(), new PageQuery(0, BATCH));
		page.items().forEach(user -> mailer.send(user, "work-status", model));
		while (page.hasNext()) {
			page = works.subscribers(change.work(), new PageQuery(page.page() + 1, BATCH));
			page.items().forEach(user -> mailer.send(user, "work-status", model));
		}
	}

	@ApplicationModuleListener
	void on(WorkFlagged flagged) {
		Map<String, Object> model = Map.of("title", flagged.title(), "number", flagged.number(), "average",
				flagged.average(), "ratings", flagged.ratings(), "link", links.of("/manage/works/" + flagged.work()));
		List<Organizations.Membership> members = organizations.membersOf(flagged.customer());
		List<Organizations.Membership> heads = members.stream().filter(m -> m.role() == MemberRole.HEAD).toList();
		(heads.isEmpty() ? members : heads).forEach(member -> mailer.send(member.official(), "work-flagged", model));
	}

	@ApplicationModuleListener
	void on(WorkRatingDeclined declined) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", declined.title());
		model.put("link", links.of("/works/" + declined.work()));
		if (declined.reason() != null) {
			model.put("reason", declined.reason());
		}
		mailer.send(declined.author(), "work-rating-declined", model);
	}

}
