package ru.vmeste.reports.workspace.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.workspace.AnswerFile;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The photos and documents of answers, public like the answers themselves: photos inline,
 * documents as downloads.
 */
@RestController
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class AnswerFilesController {

	private final AppealRecords appeals;

	private final Answers answers;

	private final FileStore files;

	AnswerFilesController(AppealRecords appeals, Answers answers, FileStore files) {
		this.appeals = appeals;
		this.answers = answers;
		this.files = files;
	}

	@GetMapping({ "/appeals/{id}/answer-files/{fileId}", "/api/v1/appeals/{id}/answer-files/{fileId}" })
	@Operation(summary = "A file of an organization's answer to a published appeal (?thumbnail=true: a small image)")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID fileId,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		AppealId appeal = appeals.find(new AppealId(id))
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"))
			.id();
		AnswerFile file = answers.file(appeal, fileId)
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
		boolean small = thumbnail && file.thumbnail() != null;
		return files.open(small ? file.thumbnail() : file.file())
			.map(content -> file.isImage()
					? FileResponses.inline(content, small ? "image/jpeg" : file.contentType(), file.name())
					: FileResponses.attachment(content, file.contentType(), file.name()))
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
	}

}
