package ru.vmeste.voting.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteOption;
import ru.vmeste.voting.internal.VoteStatus;

/**
 * Pictures of votes and their options. A draft's pictures are for staff only.
 */
@Controller
@PartOf(PortalService.VOTE)
class VoteImagesController {

	private final VoteAdministration votes;

	private final FileStore files;

	VoteImagesController(VoteAdministration votes, FileStore files) {
		this.votes = votes;
		this.files = files;
	}

	@GetMapping({ "/votes/{id}/image", "/manage/votes/{id}/image" })
	ResponseEntity<Resource> voteImage(@PathVariable UUID id, HttpServletRequest request) {
		Vote vote = visible(id, request);
		return serve(vote.imageKey(), vote.imageType(), "vote");
	}

	@GetMapping({ "/votes/{id}/options/{option}/image", "/manage/votes/{id}/options/{option}/image" })
	ResponseEntity<Resource> optionImage(@PathVariable UUID id, @PathVariable UUID option,
			HttpServletRequest request) {
		VoteOption found = visible(id, request).option(option)
			.orElseThrow(() -> DomainException.notFound("voting.option-not-found"));
		return serve(found.imageKey(), found.imageType(), "option");
	}

	/** Drafts' pictures only under /manage, which only staff reach. */
	private Vote visible(UUID id, HttpServletRequest request) {
		Vote vote = votes.find(new VoteId(id));
		if (vote.status() == VoteStatus.DRAFT && !request.getRequestURI().startsWith("/manage/")) {
			throw DomainException.notFound("voting.vote-not-found");
		}
		return vote;
	}

	private ResponseEntity<Resource> serve(@Nullable String key, @Nullable String type, String name) {
		if (key == null || type == null) {
			throw DomainException.notFound("voting.image-not-found");
		}
		return files.open(new FileKey(key))
			.map(content -> FileResponses.inline(content, type, name + (type.endsWith("png") ? ".png" : ".jpg")))
			.orElseThrow(() -> DomainException.notFound("voting.image-not-found"));
	}

}
