package ru.vmeste.edms.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.edms.internal.EdmsOperations;
import ru.vmeste.edms.internal.Outbox.State;
import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;

/**
 * The operator's view of the EDMS connection (docs/edms.md, "Runbook"): the queue by state, the
 * last sync and its error, each appeal's delivery history, and "retry now" for dead letters.
 */
@Controller
class EdmsAdminController {

	private final EdmsOperations operations;

	private final Clock clock;

	EdmsAdminController(EdmsOperations operations, Clock clock) {
		this.operations = operations;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/admin/edms")
	String overview(@RequestParam(defaultValue = "PENDING") State state, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("overview", operations.overview());
		model.addAttribute("state", state);
		model.addAttribute("states", State.values());
		model.addAttribute("messages", operations.messages(state, PageQuery.of(page, 50)));
		return "edms/overview";
	}

	@GetMapping("/admin/edms/appeals/{id}")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("history", operations.history(new AppealId(id))
			.orElseThrow(() -> DomainException.notFound("edms.appeal.not-found")));
		return "edms/history";
	}

	@PostMapping("/admin/edms/messages/{id}/retry")
	String retry(@PathVariable UUID id, @RequestParam(required = false) UUID appeal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", operations.retry(id) ? "edms.retried" : "edms.retry.not-dead");
		return appeal == null ? "redirect:/admin/edms?state=DEAD" : "redirect:/admin/edms/appeals/" + appeal;
	}

	@PostMapping("/admin/edms/retry-dead")
	String retryAll(RedirectAttributes redirect) {
		operations.retryAllDead();
		redirect.addFlashAttribute("notice", "edms.retried-all");
		return "redirect:/admin/edms?state=PENDING";
	}

	@PostMapping("/admin/edms/sync")
	String syncNow(RedirectAttributes redirect) {
		operations.syncNow();
		redirect.addFlashAttribute("notice", "edms.sync-soon");
		return "redirect:/admin/edms";
	}

}
