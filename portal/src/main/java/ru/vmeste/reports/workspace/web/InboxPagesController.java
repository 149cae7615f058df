package ru.vmeste.reports.workspace.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.workspace.Casework;
import ru.vmeste.reports.workspace.Inbox;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The officials' inbox: their organizations' appeals by view with counts, soonest deadline
 * first, and bulk actions (assign to an executor, send on) on the chosen ones.
 */
@Controller
@PartOf(PortalService.INFORM)
class InboxPagesController {

	/** What a bulk action does. */
	enum BulkAction {

		ASSIGN, REROUTE

	}

	private final Inbox inbox;

	private final InboxModel inboxModel;

	private final Casework casework;

	private final MessageSource messages;

	private final Clock clock;

	InboxPagesController(Inbox inbox, InboxModel inboxModel, Casework casework, MessageSource messages, Clock clock) {
		this.inbox = inbox;
		this.inboxModel = inboxModel;
		this.casework = casework;
		this.messages = messages;
		this.clock = clock;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "OPEN") Inbox.View view,
			@RequestParam(required = false) @Nullable UUID organizationId, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser official, Model model,
			Locale locale) {
		InboxModel.Scope scope = inboxModel.scope(official.id(), organizationId, locale);
		UserId assignee = mine ? official.id() : null;
		model.addAttribute("scope", scope);
		model.addAttribute("view", view);
		model.addAttribute("views", Inbox.View.values());
		model.addAttribute("mine", mine);
		model.addAttribute("counts", inbox.counts(scope.chosen(), assignee));
		model.addAttribute("items", inboxModel.rows(
				inbox.page(new Inbox.Filter(scope.chosen(), view, assignee), PageQuery.of(page, 20)), locale));
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("organizationId", Optional.ofNullable(organizationId))
			.queryParamIfPresent("mine", Optional.of(mine).filter(Boolean::booleanValue))
			.build()
			.getQuery();
		model.addAttribute("filterQuery", query == null ? "" : query);
		model.addAttribute("pagePath", "/inbox?view=" + view + (query == null ? "" : "&" + query));
		return "reports/inbox";
	}

	@PostMapping("/inbox/bulk")
	String bulk(@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids, @RequestParam BulkAction action,
			@RequestParam(required = false) @Nullable UUID executorId,
			@RequestParam(required = false) @Nullable UUID organizationId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String back, @AuthenticationPrincipal PortalUser official,
			RedirectAttributes redirect, Locale locale) {
		List<UUID> chosen = ids == null ? List.of() : ids.stream().distinct().limit(PageQuery.MAX_SIZE).toList();
		int done = 0;
		String refusal = null;
		for (UUID id : chosen) {
			try {
				if (action == BulkAction.ASSIGN) {
					casework.assign(new AppealId(id), new UserId(required(executorId)), official.id());
				}
				else {
					casework.reroute(new AppealId(id), new OrganizationId(required(organizationId)), reason, official.id());
				}
				done++;
			}
			catch (DomainException ex) {
				refusal = messages.getMessage(ex.messageCode(), ex.arguments(), locale);
			}
		}
		redirect.addFlashAttribute("bulkDone", done);
		redirect.addFlashAttribute("bulkRefused", chosen.size() - done);
		redirect.addFlashAttribute("problem", refusal);
		return "redirect:/inbox" + (back.matches("\\?[A-Za-z0-9=&_-]{0,300}") ? back : "");
	}

	private static UUID required(@Nullable UUID id) {
		if (id == null) {
			throw DomainException.invalid("reports.inbox.bulk.target");
		}
		return id;
	}

}
