package ru.vmeste.notifications.internal;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealDeadlineNear;
import ru.vmeste.reports.AppealOverdue;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.InformationRequested;

/**
 * Mails about handling appeals: the executor hears of an assignment and is reminded before the
 * deadline (the heads while nobody is assigned), the heads hear of overdue appeals, and the
 * author of a question from the organization. The answer itself reaches the author and the
 * followers as a status change ({@link AppealMails}).
 */
@Component
class RoutingMails {

	private final Mailer mailer;

	private final Organizations organizations;

	private final Appeals appeals;

	private final PublicUrl links;

	RoutingMails(Mailer mailer, Organizations organizations, Appeals appeals, PublicUrl links) {
		this.mailer = mailer;
		this.organizations = organizations;
		this.appeals = appeals;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(AppealAssigned assigned) {
		if (!assigned.executor().equals(assigned.by())) {
			mailer.send(assigned.executor(), "appeal-assigned",
					Map.of("number", assigned.number(), "link", links.of("/inbox/appeals/" + assigned.appeal())));
		}
	}

	@ApplicationModuleListener
	void on(AppealDeadlineNear near) {
		Map<String, Object> model = Map.of("number", near.number(), "deadline", near.deadline(), "link",
				links.of("/inbox/appeals/" + near.appeal()));
		if (near.executor() != null) {
			mailer.send(near.executor(), "appeal-reminder", model);
		}
		else {
			heads(near.organization()).forEach(head -> mailer.send(head, "appeal-reminder", model));
		}
	}

	@ApplicationModuleListener
	void on(AppealOverdue overdue) {
		Map<String, Object> model = Map.of("number", overdue.number(), "deadline", overdue.deadline(), "link",
				links.of("/inbox/appeals/" + overdue.appeal()));
		heads(overdue.organization()).forEach(head -> mailer.send(head, "appeal-overdue", model));
	}

	@ApplicationModuleListener
	void on(InformationRequested requested) {
		appeals.find(requested.appeal())
			.ifPresent(appeal -> mailer.send(appeal.author(), "appeal-info-requested", Map.of("number",
					requested.number(), "question", requested.question(), "link",
					links.of("/appeals/" + requested.appeal()))));
	}

	private List<UserId> heads(OrganizationId organization) {
		return organizations.membersOf(organization)
			.stream()
			.filter(member -> member.role() == MemberRole.HEAD)
			.map(Organizations.Membership::official)
			.toList();
	}

}
