package ru.vmeste.reports.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.TopicCatalog;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * Administrators' pages of the topic catalog.
 */
@Controller
class TopicAdminController {

	private final TopicCatalog catalog;

	private final Topics topics;

	private final AppealRecords records;

	TopicAdminController(TopicCatalog catalog, Topics topics, AppealRecords records) {
		this.catalog = catalog;
		this.topics = topics;
		this.records = records;
	}

	@GetMapping("/admin/topics")
	String topics(Model model) {
		model.addAttribute("topics", topics.all());
		model.addAttribute("groups", topics.all().stream().filter(Topic::isGroup).toList());
		return "reports/admin/topics";
	}

	@PostMapping("/admin/topics")
	String create(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable UUID groupId,
			@RequestParam(defaultValue = "") String nameRu, @RequestParam(defaultValue = "") String nameEn,
			RedirectAttributes redirect) {
		TopicId id = catalog.create(code, groupId == null ? null : new TopicId(groupId), name(nameRu, nameEn));
		redirect.addFlashAttribute("notice", "reports.admin.saved");
		return "redirect:/admin/topics/" + id;
	}

	@GetMapping("/admin/topics/{id}")
	String topic(@PathVariable UUID id, Model model) {
		Topic topic = topics.find(new TopicId(id)).orElseThrow(() -> DomainException.notFound("reports.admin.topic.not-found"));
		model.addAttribute("topic", topic);
		model.addAttribute("groups", topics.all().stream().filter(Topic::isGroup).filter(group -> !group.equals(topic)).toList());
		model.addAttribute("questions", records.questions(topic.id()));
		return "reports/admin/topic";
	}

	@PostMapping("/admin/topics/{id}")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable UUID groupId, @RequestParam(defaultValue = "") String nameRu,
			@RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
		catalog.update(new TopicId(id), code, groupId == null ? null : new TopicId(groupId), name(nameRu, nameEn));
		redirect.addFlashAttribute("notice", "reports.admin.saved");
		return "redirect:/admin/topics/" + id;
	}

	@PostMapping("/admin/topics/{id}/move")
	String move(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean up) {
		catalog.move(new TopicId(id), up);
		return "redirect:/admin/topics";
	}

	@PostMapping("/admin/topics/{id}/active")
	String activate(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		catalog.setActive(new TopicId(id), active);
		redirect.addFlashAttribute("notice", "reports.admin.saved");
		return "redirect:/admin/topics";
	}

	@PostMapping("/admin/topics/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam(defaultValue = "") String labelRu,
			@RequestParam(defaultValue = "") String labelEn, @RequestParam(defaultValue = "false") boolean numeric,
			@RequestParam(defaultValue = "false") boolean required) {
		catalog.addQuestion(new TopicId(id), name(labelRu, labelEn), numeric, required);
		return "redirect:/admin/topics/" + id;
	}

	@PostMapping("/admin/topics/{id}/questions/{question}/delete")
	String removeQuestion(@PathVariable UUID id, @PathVariable UUID question) {
		catalog.removeQuestion(new TopicId(id), question);
		return "redirect:/admin/topics/" + id;
	}

	private static LocalizedText name(String ru, String en) {
		if (ru.isBlank() || ru.length() > 200 || en.length() > 200) {
			throw DomainException.invalid("reports.admin.name.required");
		}
		return new LocalizedText(ru.strip(), en.strip());
	}

}
