package ru.vmeste.reports.workspace.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.reports.workspace.Casework;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * An appeal in the officials' workspace: its whole history, and the forms to assign it, move
 * it between stages, comment internally, ask the author, answer with photos and documents, or
 * send it on. A refused step comes back to the page with the reason.
 */
@Controller
@PartOf(PortalService.INFORM)
class CasePagesController {

	private final CaseViews views;

	private final Casework casework;

	private final Answers answers;

	private final MessageSource messages;

	private final Clock clock;

	CasePagesController(CaseViews views, Casework casework, Answers answers, MessageSource messages, Clock clock) {
		this.views = views;
		this.casework = casework;
		this.answers = answers;
		this.messages = messages;
		this.clock = clock;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/inbox/appeals/{id}")
	String appeal(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, Model model, Locale locale) {
		CaseViews.CaseView view = views.of(new AppealId(id), official.id(), locale);
		model.addAttribute("view", view);
		model.addAttribute("appeal", view.appeal());
		model.addAttribute("pointLat", view.appeal().point().lat());
		model.addAttribute("pointLon", view.appeal().point().lon());
		return "reports/case";
	}

	@PostMapping("/inbox/appeals/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam UUID executorId, @AuthenticationPrincipal PortalUser official,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.case.assigned",
				() -> casework.assign(new AppealId(id), new UserId(executorId), official.id()));
	}

	@PostMapping("/inbox/appeals/{id}/stage")
	String stage(@PathVariable UUID id, @RequestParam int stage, @AuthenticationPrincipal PortalUser official,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.case.stage.moved",
				() -> casework.moveToStage(new AppealId(id), stage, official.id()));
	}

	@PostMapping("/inbox/appeals/{id}/comment")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.case.commented",
				() -> casework.comment(new AppealId(id), text, official.id()));
	}

	@PostMapping("/inbox/appeals/{id}/info-request")
	String requestInformation(@PathVariable UUID id, @RequestParam(defaultValue = "") String question,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.case.info.requested",
				() -> casework.requestInformation(new AppealId(id), question, official.id()));
	}

	@PostMapping("/inbox/appeals/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "SOLVED") String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate promisedBy,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect, Locale locale) {
		if ("PROMISED".equals(outcome)) {
			// only planned: the appeal stays in work with the promised date, and is not counted as solved
			return act(id, redirect, locale, "reports.case.promised", () -> {
				if (promisedBy == null) {
					throw DomainException.invalidInput("promisedBy", "reports.case.promise.date-missing");
				}
				casework.promise(new AppealId(id), text, promisedBy, official.id());
			});
		}
		return act(id, redirect, locale, "reports.case.answered",
				() -> answers.answer(new AppealId(id), text, Uploads.all(files), official.id()));
	}

	@PostMapping("/inbox/appeals/{id}/reroute")
	String reroute(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PortalUser official,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (organizationId == null) {
				throw DomainException.invalid("reports.case.reroute.unknown");
			}
			casework.reroute(new AppealId(id), new OrganizationId(organizationId), reason, official.id());
		}
		catch (DomainException ex) {
			return refused(id, ex, redirect, locale);
		}
		redirect.addFlashAttribute("notice", "reports.case.rerouted");
		return "redirect:/inbox";
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			return refused(id, ex, redirect, locale);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/inbox/appeals/" + id;
	}

	/** A refusal comes back to the appeal's page with the reason; not being responsible is a plain 403. */
	private String refused(UUID id, DomainException ex, RedirectAttributes redirect, Locale locale) {
		if (ex.kind() == DomainException.Kind.FORBIDDEN || ex.kind() == DomainException.Kind.NOT_FOUND) {
			throw ex;
		}
		redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
		return "redirect:/inbox/appeals/" + id;
	}

}
