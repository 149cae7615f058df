package ru.vmeste.moderation.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
import ru.vmeste.moderation.ModerationSubjects;
import ru.vmeste.moderation.internal.ItemStore;
import ru.vmeste.moderation.internal.ModerationItem;
import ru.vmeste.moderation.internal.ModerationItem.State;
import ru.vmeste.moderation.internal.ModerationQueue;
import ru.vmeste.moderation.internal.ModerationQueue.Decision;
import ru.vmeste.moderation.internal.ModerationQueue.Verdict;
import ru.vmeste.moderation.internal.Reasons;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
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

	/** At most this many waiting items are put on the queue's map (the oldest). */
	static final int MAP_LIMIT = 1000;

	private final Clock clock;

	private final Map<String, ModerationSubjects> subjects;

	ModerationController(ItemStore items, ModerationQueue queue, Reasons reasons, Clock clock,
			List<ModerationSubjects> subjects) {
		this.items = items;
		this.queue = queue;
		this.reasons = reasons;
		this.clock = clock;
		this.subjects = subjects.stream().collect(Collectors.toMap(ModerationSubjects::kind, each -> each));
	}

	/**
	 * A waiting item on the queue's map.
	 *
	 * @param label what the marker is named, e.g. "№ 1024: Pothole"
	 */
	record Marker(UUID item, String label, double lat, double lon) {
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/moderation")
	String queue(@RequestParam(defaultValue = "PENDING") State state, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "ANY") String flag, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		String checkedFlag = switch (flag) {
			case "FLAGGED", "CLEAN" -> flag;
			default -> "ANY";
		};
		String chosenKind = kind == null || kind.isBlank() ? null : kind;
		String search = text.isBlank() || text.length() > 200 ? null : text.strip();
		Paged<ModerationItem> shown = items.page(new ItemStore.Filter(state, chosenKind, checkedFlag, search),
				PageQuery.of(page, 20));
		model.addAttribute("items", shown);
		model.addAttribute("references", references(shown.items()));
		model.addAttribute("pending", items.pending());
		model.addAttribute("markers", markers(locale));
		model.addAttribute("mapLimit", MAP_LIMIT);
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

	/** The numbers the asking modules quote the shown items by, by item id. */
	private Map<UUID, String> references(List<ModerationItem> shown) {
		Map<UUID, String> references = new HashMap<>();
		shown.stream().collect(Collectors.groupingBy(ModerationItem::kind)).forEach((kind, ofKind) -> {
			ModerationSubjects described = subjects.get(kind);
			if (described == null) {
				return;
			}
			Map<String, ModerationSubjects.Subject> known = described
				.describe(ofKind.stream().map(ModerationItem::subjectId).toList());
			for (ModerationItem item : ofKind) {
				ModerationSubjects.Subject subject = known.get(item.subjectId());
				if (subject != null) {
					references.put(item.id(), subject.reference());
				}
			}
		});
		return references;
	}

	/** Every waiting item with a place (up to {@link #MAP_LIMIT}), whatever the filter shows. */
	private List<Marker> markers(Locale locale) {
		List<ItemStore.PendingSubject> waiting = items.pendingSubjects(subjects.keySet(), MAP_LIMIT);
		List<Marker> markers = new ArrayList<>();
		waiting.stream().collect(Collectors.groupingBy(ItemStore.PendingSubject::kind)).forEach((kind, ofKind) -> {
			Map<String, ModerationSubjects.Subject> known = subjects.get(kind)
				.describe(ofKind.stream().map(ItemStore.PendingSubject::subjectId).toList());
			for (ItemStore.PendingSubject each : ofKind) {
				ModerationSubjects.Subject subject = known.get(each.subjectId());
				if (subject != null && subject.point() != null) {
					String title = each.title() == null ? "" : ": " + each.title().in(locale);
					markers.add(new Marker(each.item(), subject.reference() + title, subject.point().lat(),
							subject.point().lon()));
				}
			}
		});
		return markers;
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
