package ru.vmeste.reports.workflow.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.workflow.ProcessVersion;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Stage;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;

/**
 * The business-process configuration tool: administrators define, per topic or group or for
 * the whole region, the stages of handling an appeal, its deadline in working days and the
 * escalation. Every save is a new version; running appeals keep theirs.
 */
@Controller
class ProcessAdminController {

	private final Processes processes;

	private final Topics topics;

	private final Clock clock;

	ProcessAdminController(Processes processes, Topics topics, Clock clock) {
		this.processes = processes;
		this.topics = topics;
		this.clock = clock;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/admin/processes")
	String processes(Model model) {
		model.addAttribute("processes", processes.current());
		model.addAttribute("topics", topics.all());
		model.addAttribute("names", topics.all().stream().collect(Collectors.toMap(topic -> topic.id().value(), topic -> topic)));
		return "reports/admin/processes";
	}

	@GetMapping("/admin/processes/edit")
	String edit(@RequestParam(required = false) @Nullable UUID topicId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		TopicId scope = scope(topicId);
		ProcessVersion current = processes.currentOf(scope).orElse(null);
		ProcessVersion start = current != null ? current : scope == null ? null : processes.forTopic(scope);
		model.addAttribute("form", start == null ? ProcessForm.blank() : ProcessForm.of(start));
		return form(scope, current, page, model);
	}

	@PostMapping("/admin/processes/edit")
	String save(@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(name = "code", defaultValue = "") String[] codes,
			@RequestParam(name = "nameRu", defaultValue = "") String[] namesRu,
			@RequestParam(name = "nameEn", defaultValue = "") String[] namesEn,
			@RequestParam(name = "days", defaultValue = "") String[] days,
			@RequestParam(name = "mover", defaultValue = "") String[] movers,
			@RequestParam(defaultValue = "") String totalDays, @RequestParam(defaultValue = "") String remindPercent,
			@RequestParam(defaultValue = "false") boolean notifyHead, @AuthenticationPrincipal PortalUser admin,
			Model model, RedirectAttributes redirect) {
		TopicId scope = scope(topicId);
		ProcessForm form = ProcessForm.of(codes, namesRu, namesEn, days, movers, totalDays, remindPercent, notifyHead);
		try {
			ProcessVersion saved = processes.save(scope, form.draft(), admin.id());
			redirect.addFlashAttribute("notice", "reports.process.saved");
			redirect.addFlashAttribute("savedVersion", saved.version());
			return "redirect:/admin/processes/edit" + (scope == null ? "" : "?topicId=" + scope);
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("form", form);
			return form(scope, processes.currentOf(scope).orElse(null), 0, model);
		}
	}

	private String form(@Nullable TopicId scope, @Nullable ProcessVersion current, int page, Model model) {
		model.addAttribute("scope", scope == null ? null : topics.find(scope).orElse(null));
		model.addAttribute("topicId", scope == null ? null : scope.value());
		model.addAttribute("current", current);
		model.addAttribute("movers", Stage.Mover.values());
		model.addAttribute("maxStages", Processes.MAX_STAGES);
		model.addAttribute("versions", current == null ? null : processes.versions(current.process(), PageQuery.of(page, 10)));
		return "reports/admin/process";
	}

	private @Nullable TopicId scope(@Nullable UUID topicId) {
		if (topicId == null) {
			return null;
		}
		return topics.find(new TopicId(topicId))
			.map(Topic::id)
			.orElseThrow(() -> DomainException.notFound("reports.admin.topic.not-found"));
	}

}
