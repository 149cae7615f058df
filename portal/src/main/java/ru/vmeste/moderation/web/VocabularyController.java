package ru.vmeste.moderation.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.moderation.internal.ModerationVocabulary;
import ru.vmeste.moderation.internal.ModerationVocabulary.Kind;
import ru.vmeste.moderation.internal.Vocabulary;

/**
 * Moderators and administrators keep the vocabulary the automatic checks use: they add
 * patterns, switch built-in ones off, allow words that must never be flagged, and try a text.
 */
@Controller
class VocabularyController {

	private static final int MAX_TRIAL = 2000;

	private final ModerationVocabulary vocabulary;

	VocabularyController(ModerationVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping("/moderation/vocabulary")
	String page(@RequestParam(defaultValue = "") String text, Model model) {
		String trial = text.length() > MAX_TRIAL ? text.substring(0, MAX_TRIAL) : text;
		model.addAttribute("overview", vocabulary.overview());
		model.addAttribute("text", trial);
		model.addAttribute("found", trial.isBlank() ? List.of()
				: vocabulary.current().find(trial).stream().map(Vocabulary.Match::fragment).toList());
		return "moderation/vocabulary";
	}

	@PostMapping("/moderation/vocabulary")
	String add(@RequestParam(defaultValue = "") String pattern, @RequestParam(defaultValue = "BLOCK") Kind kind,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		vocabulary.add(pattern, kind, user.id());
		redirect.addFlashAttribute("notice", "moderation.vocabulary.saved");
		return "redirect:/moderation/vocabulary";
	}

	@PostMapping("/moderation/vocabulary/off")
	String switchOff(@RequestParam String pattern, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		vocabulary.switchOff(pattern, user.id());
		redirect.addFlashAttribute("notice", "moderation.vocabulary.saved");
		return "redirect:/moderation/vocabulary#built-in";
	}

	@PostMapping("/moderation/vocabulary/restore")
	String restore(@RequestParam String pattern, RedirectAttributes redirect) {
		vocabulary.restore(pattern);
		redirect.addFlashAttribute("notice", "moderation.vocabulary.saved");
		return "redirect:/moderation/vocabulary";
	}

}
