package ru.vmeste.moderation.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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

/**
 * Moderators' API for residents' ideas (Suggest), the same queue and decisions as for appeals.
 */
@RestController
@RequestMapping("/api/v1/moderation/ideas")
@Tag(name = "Moderation", description = "Moderators' decisions and automatic checks")
class IdeaDecisionsApiController {

	record IdeaDecisionResponse(String ideaId, Verdict decision) {
	}

	/** The kind ideas have in the moderation queue (the ideas module's word). */
	static final String IDEA = "IDEA";

	private final ModerationQueue queue;

	IdeaDecisionsApiController(ModerationQueue queue) {
		this.queue = queue;
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Publish, reject (with a reason) or merge (into duplicateOf, a published idea) an idea waiting for moderation")
	IdeaDecisionResponse decide(@PathVariable UUID id, @Valid @RequestBody ModerationApiController.DecisionRequest request,
			@AuthenticationPrincipal PortalUser moderator) {
		queue.decide(IDEA, id.toString(),
				new Decision(request.decision(), request.reason(), request.text(), request.duplicateOf()), moderator.id());
		return new IdeaDecisionResponse(id.toString(), request.decision());
	}

}
