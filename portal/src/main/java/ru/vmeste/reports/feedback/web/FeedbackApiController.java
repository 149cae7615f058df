package ru.vmeste.reports.feedback.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.feedback.Feedback;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Residents close the loop through the API: the author rates the answer and replies to a
 * question of the organization; others say the problem is still there.
 */
@RestController
@RequestMapping("/api/v1/appeals/{id}")
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class FeedbackApiController {

	@Schema(name = "AppealRatingRequest")
	record RatingRequest(@NotNull(message = "{reports.rating.score}") @Min(value = 1, message = "{reports.rating.score}")
			@Max(value = 5, message = "{reports.rating.score}") Integer score,
			@NotNull(message = "{reports.rating.solved}") Boolean solved,
			@Nullable @Size(max = Feedback.MAX_COMMENT, message = "{reports.case.text.too-long}") String comment) {
	}

	@Schema(name = "AppealRatingCreated")
	record RatingCreated(String appealId, int score, boolean solved) {
	}

	record ReplyRequest(@NotBlank(message = "{reports.case.text.required}")
			@Size(max = Feedback.MAX_REPLY, message = "{reports.case.text.too-long}") String text) {
	}

	private final Feedback feedback;

	FeedbackApiController(Feedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/rating")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The author rates the answer (1–5) and says whether the problem is solved; "
			+ "\"not solved\" reopens the appeal with the same organization")
	RatingCreated rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest request,
			@AuthenticationPrincipal PortalUser user) {
		feedback.rate(new AppealId(id), user.id(), request.score(), request.solved(), request.comment(), null);
		return new RatingCreated(id.toString(), request.score(), request.solved());
	}

	@PostMapping("/info")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The author answers the organization's question; its clock runs again")
	void reply(@PathVariable UUID id, @Valid @RequestBody ReplyRequest request, @AuthenticationPrincipal PortalUser user) {
		feedback.reply(new AppealId(id), user.id(), request.text());
	}

	@PostMapping("/not-fixed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Another resident says the problem of an answered appeal is still there (once per answer)")
	void notFixed(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		feedback.confirmNotFixed(new AppealId(id), user.id());
	}

}
