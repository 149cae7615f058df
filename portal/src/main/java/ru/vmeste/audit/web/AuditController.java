package ru.vmeste.audit.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.audit.StaffAction;
import ru.vmeste.audit.internal.StaffActions;
import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The audit log for administrators: newest first, of one staff member or mentioning an id, as a
 * page ({@code /admin/audit}); {@link AuditApiController} gives the same as JSON.
 */
@Controller
class AuditController {

	/** One entry as the page shows it: the actor named, the time in the region's zone. */
	record Line(ZonedDateTime at, String actor, String roles, String method, String action, String handler, String target,
			String detail, int status, String address) {
	}

	private final StaffActions actions;

	private final Residents residents;

	private final ZoneId zone;

	AuditController(StaffActions actions, Residents residents, Clock clock) {
		this.actions = actions;
		this.residents = residents;
		this.zone = clock.getZone();
	}

	@GetMapping("/admin/audit")
	String log(@RequestParam(required = false) @Nullable UUID actor, @RequestParam(defaultValue = "") String mentioning,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String id = mentioning.strip();
		model.addAttribute("actor", actor);
		model.addAttribute("mentioning", id);
		model.addAttribute("actions", lines(page(actions, actor, id, PageQuery.of(page, 50))));
		return "audit/log";
	}


	/** Actions newest first, of one actor and/or mentioning an id; the page and the API ask alike. */
	static Paged<StaffAction> page(StaffActions actions, @Nullable UUID actor, String mentioning, PageQuery page) {
		if (mentioning.length() > 100) {
			throw DomainException.invalid("audit.mentioning-too-long");
		}
		return actions.page(actor == null ? null : new UserId(actor), mentioning.isEmpty() ? null : mentioning, page);
	}

	/** The lines of a page, each actor looked up once (a page holds few of them). */
	private Paged<Line> lines(Paged<StaffAction> page) {
		Map<UserId, String> names = new HashMap<>();
		return page.map(action -> line(action, names.computeIfAbsent(action.actor(),
				actor -> residents.contactOf(actor).map(Contact::email).orElse(actor.toString()))));
	}

	private Line line(StaffAction action, String actor) {
		return new Line(action.at().atZone(zone), actor, action.actorRoles(), action.method(), action.action(),
				action.handler(), action.target(), action.detail(), action.status(), action.address());
	}

}
