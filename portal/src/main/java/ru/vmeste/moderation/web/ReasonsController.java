package ru.vmeste.moderation.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.moderation.internal.Reasons;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * Moderators and administrators edit the reasons moderators pick from when they reject.
 */
@Controller
class ReasonsController {

	private final Reasons reasons;

	ReasonsController(Reasons reasons) {
		this.reasons = reasons;
	}

	@GetMapping("/moderation/reasons")
	String reasons(Model model) {
		model.addAttribute("reasons", reasons.all());
		return "moderation/reasons";
	}

	@PostMapping("/moderation/reasons")
	String add(@RequestParam(defaultValue = "") String textRu, @RequestParam(defaultValue = "") String textEn,
			RedirectAttributes redirect) {
		reasons.add(text(textRu, textEn));
		redirect.addFlashAttribute("notice", "moderation.reasons.saved");
		return "redirect:/moderation/reasons";
	}

	@PostMapping("/moderation/reasons/{id}")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String textRu,
			@RequestParam(defaultValue = "") String textEn, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		reasons.update(id, text(textRu, textEn), active);
		redirect.addFlashAttribute("notice", "moderation.reasons.saved");
		return "redirect:/moderation/reasons";
	}

	private static LocalizedText text(String ru, String en) {
		if (ru.isBlank() || ru.length() > 1000 || en.length() > 1000) {
			throw DomainException.invalid("moderation.reasons.invalid");
		}
		return new LocalizedText(ru.strip(), en.strip());
	}

}
