package ru.vmeste.ideas.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.ideas.internal.Comments;
import ru.vmeste.ideas.internal.Following;
import ru.vmeste.ideas.internal.IdeaWorks;
import ru.vmeste.ideas.internal.Merges;
import ru.vmeste.ideas.internal.Ratings;
import ru.vmeste.ideas.internal.Reviews;
import ru.vmeste.ideas.internal.Supports;
import ru.vmeste.ideas.internal.TopicAcceptance;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * What people do on an idea's page, as plain forms that work without JavaScript: support and
 * take it back, follow, comment, rate; experts review; moderators merge; administrators accept
 * a topic or order works. A refusal comes back to the page with the reason.
 */
@Controller
@PartOf(PortalService.SUGGEST)
class IdeaActionsController {

	private final Supports supports;

	private final Following following;

	private final Comments comments;

	private final Ratings ratings;

	private final Reviews reviews;

	private final Merges merges;

	private final TopicAcceptance topics;

	private final IdeaWorks works;

	private final MessageSource messages;

	IdeaActionsController(Supports supports, Following following, Comments comments, Ratings ratings, Reviews reviews,
			Merges merges, TopicAcceptance topics, IdeaWorks works, MessageSource messages) {
		this.supports = supports;
		this.following = following;
		this.comments = comments;
		this.ratings = ratings;
		this.reviews = reviews;
		this.merges = merges;
		this.topics = topics;
		this.works = works;
		this.messages = messages;
	}

	@PostMapping("/ideas/{id}/support")
	String support(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "ideas.support.done", () -> supports.support(new IdeaId(id), user.id()));
	}

	@PostMapping("/ideas/{id}/support/delete")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "ideas.support.withdrawn", () -> supports.withdraw(new IdeaId(id), user.id()));
	}

	@PostMapping("/ideas/{id}/follow")
	String follow(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "ideas.follow.done", () -> following.start(new IdeaId(id), user.id()));
	}

	@PostMapping("/ideas/{id}/follow/delete")
	String unfollow(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "ideas.follow.stopped", () -> following.stop(new IdeaId(id), user.id()));
	}

	@PostMapping("/ideas/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable UUID parentId, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.comment.sent",
				() -> comments.add(new IdeaId(id), parentId, text, user.id()));
	}

	@PostMapping("/ideas/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int score,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.rating.saved", () -> ratings.rate(new IdeaId(id), user.id(), score));
	}

	@PostMapping("/ideas/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) @Nullable ReviewDecision decision,
			@RequestParam(required = false) @Nullable Long estimatedCost, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.review.saved", () -> {
			if (decision == null) {
				throw DomainException.invalid("ideas.review.decision-required");
			}
			reviews.review(new IdeaId(id), decision, estimatedCost, note, user.id());
		});
	}

	@PostMapping("/ideas/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID into,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.merge.done", () -> {
			if (into == null) {
				throw DomainException.invalid("ideas.merge.target-required");
			}
			merges.merge(new IdeaId(id), new IdeaId(into), reason, user.id());
		});
	}

	@PostMapping("/ideas/{id}/topic")
	String acceptTopic(@PathVariable UUID id, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable UUID groupId, @RequestParam(defaultValue = "") String nameRu,
			@RequestParam(required = false) @Nullable String nameEn, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.topic.accepted", () -> {
			if (nameRu.isBlank()) {
				throw DomainException.invalid("ideas.topic.name-required");
			}
			topics.accept(new IdeaId(id), code, groupId == null ? null : new TopicId(groupId),
					new LocalizedText(nameRu, nameEn), user.id());
		});
	}

	@PostMapping("/ideas/{id}/works")
	String works(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID customerId,
			@RequestParam(required = false) @Nullable LocalDate plannedStart,
			@RequestParam(required = false) @Nullable LocalDate plannedEnd, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.works.planned", () -> {
			if (customerId == null) {
				throw DomainException.invalid("ideas.works.customer-required");
			}
			if (plannedStart == null || plannedEnd == null) {
				throw DomainException.invalid("ideas.works.dates");
			}
			works.plan(new IdeaId(id), new WorkOrder(new OrganizationId(customerId), plannedStart, plannedEnd),
					user.id());
		});
	}

	/** Runs the action; success shows a notice on the idea's page, a refusal its reason. */
	private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
		}
		return "redirect:/ideas/" + id;
	}

}
