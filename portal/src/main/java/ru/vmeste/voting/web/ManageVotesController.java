package ru.vmeste.voting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteKind;
import ru.vmeste.voting.internal.VoteStatus;

/**
 * Vote managers (of their organizations' votes) and administrators prepare votes: define a
 * draft, add its options and pictures, schedule it, take it back before it opens, and publish the
 * result after it closed.
 */
@Controller
@PartOf(PortalService.VOTE)
class ManageVotesController {

	private final VoteAdministration votes;

	private final VoteViews views;

	private final Clock clock;

	private final MessageSource messages;

	ManageVotesController(VoteAdministration votes, VoteViews views, Clock clock, MessageSource messages) {
		this.votes = votes;
		this.views = views;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/manage/votes")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser manager, Model model,
			Locale locale) {
		model.addAttribute("votes", votes.managedBy(manager.id(), PageQuery.of(page, 20)).map(vote -> views.item(vote, locale)));
		return "voting/manage/list";
	}

	@GetMapping("/manage/votes/new")
	String newVote(Model model) {
		model.addAttribute("form", VoteForm.blank(LocalDateTime.now(clock)));
		return form(model);
	}

	@PostMapping("/manage/votes")
	String create(@Valid @ModelAttribute("form") VoteForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				VoteId id = votes.create(form.definition(clock.getZone()), official.id());
				redirect.addFlashAttribute("notice", "voting.manage.created");
				return "redirect:/manage/votes/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		return form(model);
	}

	@GetMapping("/manage/votes/{id}")
	String vote(@PathVariable UUID id, @AuthenticationPrincipal PortalUser manager, Model model, Locale locale) {
		Vote vote = votes.findManaged(new VoteId(id), manager.id());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", VoteForm.of(vote, clock.getZone()));
		}
		if (!model.containsAttribute("option")) {
			model.addAttribute("option", OptionForm.blank());
		}
		model.addAttribute("vote", views.header(vote, locale));
		model.addAttribute("draft", vote.status() == VoteStatus.DRAFT);
		model.addAttribute("budgetVote", vote.isBudget());
		model.addAttribute("options", views.options(vote, locale));
		model.addAttribute("imageUrl", vote.imageKey() == null ? null : "/manage/votes/" + id + "/image");
		return form(model);
	}

	@PostMapping("/manage/votes/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") VoteForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal PortalUser manager, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				votes.update(new VoteId(id), form.definition(clock.getZone()), manager.id());
				redirect.addFlashAttribute("notice", "voting.manage.saved");
				return "redirect:/manage/votes/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		return vote(id, manager, model, locale);
	}

	@PostMapping("/manage/votes/{id}/options")
	String addOption(@PathVariable UUID id, @Valid @ModelAttribute("option") OptionForm option, BindingResult errors,
			Model model, @AuthenticationPrincipal PortalUser manager, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return vote(id, manager, model, locale);
		}
		return act(id, redirect, locale, "voting.manage.option-added",
				() -> votes.addOption(new VoteId(id), option.title(), option.description(), option.cost(), manager.id()));
	}

	@PostMapping("/manage/votes/{id}/options/{option}/delete")
	String removeOption(@PathVariable UUID id, @PathVariable UUID option, @AuthenticationPrincipal PortalUser manager,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "voting.manage.option-removed",
				() -> votes.removeOption(new VoteId(id), option, manager.id()));
	}

	@PostMapping("/manage/votes/{id}/image")
	String image(@PathVariable UUID id, @RequestParam MultipartFile file, @AuthenticationPrincipal PortalUser manager,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "voting.manage.image-saved",
				() -> votes.setImage(new VoteId(id), bytes(file), manager.id()));
	}

	@PostMapping("/manage/votes/{id}/options/{option}/image")
	String optionImage(@PathVariable UUID id, @PathVariable UUID option, @RequestParam MultipartFile file,
			@AuthenticationPrincipal PortalUser manager, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "voting.manage.image-saved",
				() -> votes.setOptionImage(new VoteId(id), option, bytes(file), manager.id()));
	}

	@PostMapping("/manage/votes/{id}/schedule")
	String schedule(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "voting.manage.scheduled", () -> votes.schedule(new VoteId(id), official.id()));
	}

	@PostMapping("/manage/votes/{id}/unschedule")
	String unschedule(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "voting.manage.unscheduled", () -> votes.unschedule(new VoteId(id), official.id()));
	}

	@PostMapping("/manage/votes/{id}/publish")
	String publish(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "voting.manage.published", () -> votes.publish(new VoteId(id), official.id()));
	}

	/**
	 * Runs an action and comes back to the vote, with a notice or the reason it was refused; a
	 * vote the user may not manage is refused outright (403).
	 */
	private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("actionError", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
		}
		return "redirect:/manage/votes/" + id;
	}

	private String form(Model model) {
		if (model.getAttribute("form") == null) {
			// a value the form cannot hold (not from our inputs) left no form to show: start afresh, errors listed
			model.addAttribute("form", VoteForm.blank(LocalDateTime.now(clock)));
		}
		model.addAttribute("kinds", VoteKind.values());
		model.addAttribute("districts", views.districts());
		return "voting/manage/vote";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
