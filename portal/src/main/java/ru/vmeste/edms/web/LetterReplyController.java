package ru.vmeste.edms.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.edms.internal.LetterService;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.DomainException;

/**
 * The page a letter's reply link opens: whoever reads the organization's mail answers the
 * appeal there without an account; the token in the link is the credential, good for one
 * answer until it expires, and only while the appeal is still the organization's.
 */
@Controller
class LetterReplyController {

	private final LetterService letters;

	private final Appeals appeals;

	private final Topics topics;

	private final ExternalHandling external;

	LetterReplyController(LetterService letters, Appeals appeals, Topics topics, ExternalHandling external) {
		this.letters = letters;
		this.appeals = appeals;
		this.topics = topics;
		this.external = external;
	}

	@GetMapping("/letters/{token}")
	String form(@PathVariable String token, Model model, Locale locale) {
		LetterService.Stored letter = letter(token);
		Appeal appeal = appealOf(letter);
		model.addAttribute("letter", letter);
		model.addAttribute("appeal", appeal);
		model.addAttribute("topic", topics.find(appeal.topic()).map(topic -> topic.name().in(locale)).orElse(""));
		return "edms/letter";
	}

	@PostMapping("/letters/{token}")
	String answer(@PathVariable String token, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, Locale locale) {
		LetterService.Stored letter = letter(token);
		Appeal appeal = appealOf(letter);
		try {
			external.answer(appeal.id(), letter.organization(), text, Uploads.all(files));
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("text", text);
			return form(token, model, locale);
		}
		letters.answered(letter.id());
		redirect.addFlashAttribute("notice", "edms.letter.answered");
		return "redirect:/appeals/" + appeal.id();
	}

	private LetterService.Stored letter(String token) {
		return letters.byToken(token).orElseThrow(() -> DomainException.notFound("edms.letter.expired"));
	}

	/** The appeal, while the letter's organization still answers it. */
	private Appeal appealOf(LetterService.Stored letter) {
		return appeals.find(letter.appeal())
			.filter(appeal -> letter.organization().equals(appeal.organization()))
			.orElseThrow(() -> DomainException.notFound("edms.letter.expired"));
	}

}
