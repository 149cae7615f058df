package ru.vmeste.moderation.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.moderation.internal.ItemStore;
import ru.vmeste.moderation.internal.ModerationItem;
import ru.vmeste.moderation.internal.ModerationItem.State;
import ru.vmeste.moderation.internal.ModerationQueue;
import ru.vmeste.moderation.internal.ModerationQueue.Decision;
import ru.vmeste.moderation.internal.ModerationQueue.Verdict;
import ru.vmeste.moderation.internal.Reasons;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.web.FilterChoice;

/**
 * The moderators' queue: filter, open an item with the findings of the checks, decide.
 */
@Controller
class ModerationController {

	/** Whether the automatic checks found something. */
	private static final List<FilterChoice> FILTER_FLAGS = List.of("ANY", "FLAGGED", "CLEAN")
		.stream()
		.map(flag -> new FilterChoice(flag, "moderation.flag." + flag, flag))
		.toList();

	private final ItemStore items;

	private final ModerationQueue queue;

	private final Reasons reasons;

	private final Clock clock;

	ModerationController(ItemStore items, ModerationQueue queue, Reasons reasons, Clock clock) {
		this.items = items;
		this.queue = queue;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/moderation")
	String queue(@RequestParam(defaultValue = "PENDING") State state, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "ANY") String flag, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String checkedFlag = switch (flag) {
			case "FLAGGED", "CLEAN" -> flag;
			default -> "ANY";
		};
		String chosenKind = kind == null || kind.isBlank() ? null : kind;
		String search = text.isBlank() || text.length() > 200 ? null : text.strip();
		model.addAttribute("items",
				items.page(new ItemStore.Filter(state, chosenKind, checkedFlag, search), PageQuery.of(page, 20)));
		model.addAttribute("text", search);
		model.addAttribute("kinds",
				items.kinds().stream().map(each -> new FilterChoice(each, "moderation.kind." + each, each)).toList());
		model.addAttribute("flags", FILTER_FLAGS);
		model.addAttribute("state", state);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("flag", checkedFlag);
		model.addAttribute("states", FilterChoice.of(State.values(), "moderation.state."));
		model.addAttribute("pagePath", UriComponentsBuilder.fromPath("/moderation")
			.queryParam("state", state)
			.queryParam("flag", checkedFlag)
			.queryParamIfPresent("kind", Optional.ofNullable(chosenKind))
			.queryParamIfPresent("text", Optional.ofNullable(search))
			.build()
			.toUriString());
		return "moderation/queue";
	}

	@GetMapping("/moderation/items/{id}")
	String item(@PathVariable UUID id, Model model) {
		ModerationItem item = items.find(id).orElseThrow(() -> DomainException.notFound("moderation.item.not-found"));
		model.addAttribute("item", item);
		model.addAttribute("decisions", items.decisions(id));
		model.addAttribute("reasons", reasons.active());
		model.addAttribute("previewLink", item.link());
		return "moderation/item";
	}

	@PostMapping("/moderation/items/{id}")
	String decide(@PathVariable UUID id, @RequestParam Verdict decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable UUID reasonTemplate,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String duplicateOf, @AuthenticationPrincipal PortalUser moderator,
			RedirectAttributes redirect, Locale locale) {
		String why = reason;
		if ((why == null || why.isBlank()) && reasonTemplate != null) {
			why = reasons.active()
				.stream()
				.filter(template -> template.id().equals(reasonTemplate))
				.map(template -> template.text().in(locale))
				.findFirst()
				.orElse(null);
		}
		try {
			queue.decide(id, new Decision(decision, why, text, duplicateOf), moderator.id());
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.messageCode());
			return "redirect:/moderation/items/" + id;
		}
		redirect.addFlashAttribute("notice", "moderation.decided." + decision.name());
		return "redirect:/moderation";
	}

}
