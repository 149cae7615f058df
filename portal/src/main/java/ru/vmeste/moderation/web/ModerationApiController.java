package ru.vmeste.moderation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.moderation.internal.ModerationQueue;
import ru.vmeste.moderation.internal.ModerationQueue.Decision;
import ru.vmeste.moderation.internal.ModerationQueue.Verdict;
import ru.vmeste.moderation.internal.SpamSignals;
import ru.vmeste.moderation.internal.TextChecks;
import ru.vmeste.moderation.internal.Vocabulary;

/**
 * Moderators' API: decide on an appeal, and run the automatic checks on any text.
 */
@RestController
@RequestMapping("/api/v1/moderation")
@Tag(name = "Moderation", description = "Moderators' decisions and automatic checks")
class ModerationApiController {

	/** A decision; {@code text} is the public text after a moderator's edit. */
	record DecisionRequest(@NotNull(message = "{moderation.decision.required}") Verdict decision,
			@Nullable @Size(max = 1000, message = "{moderation.reason.too-long}") String reason,
			@Nullable String duplicateOf, @Nullable String text) {
	}

	record DecisionResponse(String appealId, Verdict decision) {
	}

	record CheckRequest(@NotBlank(message = "{moderation.text.required}") @Size(max = 20_000) String text) {
	}

	record CheckResponse(boolean ok, List<String> profanity, List<SpamSignals.Reason> spam) {
	}

	/** The kind appeals have in the moderation queue (the reports module's word). */
	static final String APPEAL = "APPEAL";

	private final ModerationQueue queue;

	private final TextChecks checks;

	ModerationApiController(ModerationQueue queue, TextChecks checks) {
		this.queue = queue;
		this.checks = checks;
	}

	@PostMapping("/appeals/{id}/decision")
	@Operation(summary = "Publish, reject (with a reason) or merge (into duplicateOf) an appeal waiting for moderation")
	DecisionResponse decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
			@AuthenticationPrincipal PortalUser moderator) {
		queue.decide(APPEAL, id.toString(),
				new Decision(request.decision(), request.reason(), request.text(), request.duplicateOf()), moderator.id());
		return new DecisionResponse(id.toString(), request.decision());
	}

	@PostMapping("/check")
	@Operation(summary = "The automatic checks a new appeal gets: abusive words found and spam signals")
	CheckResponse check(@Valid @RequestBody CheckRequest request) {
		TextChecks.Findings findings = checks.of(request.text());
		return new CheckResponse(findings.isClean(),
				findings.profanity().stream().map(Vocabulary.Match::fragment).toList(), findings.spam());
	}

}
