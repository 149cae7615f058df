package ru.vmeste.reports.feedback.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.feedback.Feedback;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The residents' forms on an appeal's page: the author's rating and reply to a question, other
 * residents' "still not fixed"; and the rating's photo for the author and the organization.
 */
@Controller
@PartOf(PortalService.INFORM)
class FeedbackPagesController {

	private final Feedback feedback;

	private final RatingPhotos photos;

	private final MessageSource messages;

	FeedbackPagesController(Feedback feedback, RatingPhotos photos, MessageSource messages) {
		this.feedback = feedback;
		this.photos = photos;
		this.messages = messages;
	}

	@PostMapping("/appeals/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int score,
			@RequestParam(required = false) @Nullable Boolean solved, @RequestParam(defaultValue = "") String comment,
			@RequestParam(required = false) @Nullable MultipartFile photo, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.rating.thanks", () -> {
			if (solved == null) {
				throw DomainException.invalid("reports.rating.solved");
			}
			feedback.rate(new AppealId(id), user.id(), score, solved, comment, Uploads.optional(photo));
		});
	}

	@PostMapping("/appeals/{id}/info")
	String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "reports.info.sent", () -> feedback.reply(new AppealId(id), user.id(), text));
	}

	@PostMapping("/appeals/{id}/not-fixed")
	String notFixed(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "reports.not-fixed.thanks",
				() -> feedback.confirmNotFixed(new AppealId(id), user.id()));
	}

	@GetMapping("/appeals/{id}/rating-photos/{ratingId}")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID ratingId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal PortalUser user) {
		return photos.serve(new AppealId(id), ratingId, thumbnail, user.id());
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.FORBIDDEN || ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
		}
		return "redirect:/appeals/" + id;
	}

}
