package ru.vmeste.reports.workspace.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.reports.workspace.Casework;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * What officials of the responsible organization do with an appeal, for apps: answer, send on,
 * assign, move between stages, comment internally, ask the author. Anyone else gets 403.
 */
@RestController
@RequestMapping("/api/v1/appeals/{id}")
@PartOf(PortalService.INFORM)
@Tag(name = "Inbox", description = "Officials: appeals routed to their organizations")
class CaseApiController {

	record AnswerRequest(@NotBlank(message = "{reports.case.text.required}")
			@Size(max = Answers.MAX_TEXT, message = "{reports.case.text.too-long}") String text) {
	}

	record AnswerCreated(String appealId, String answerId) {
	}

	record RerouteRequest(@NotNull(message = "{reports.case.reroute.unknown}") UUID organizationId,
			@NotBlank(message = "{reports.case.reason.required}")
			@Size(max = Casework.MAX_REASON, message = "{reports.case.text.too-long}") String reason) {
	}

	record AssignRequest(@NotNull(message = "{reports.case.assign.not-member}") UUID executorId) {
	}

	record StageRequest(@NotNull(message = "{reports.case.stage.unknown}") @Min(0) @Max(20) Integer stage) {
	}

	record TextRequest(@NotBlank(message = "{reports.case.text.required}")
			@Size(max = Casework.MAX_COMMENT, message = "{reports.case.text.too-long}") String text) {
	}

	private final Casework casework;

	private final Answers answers;

	CaseApiController(Casework casework, Answers answers) {
		this.casework = casework;
		this.answers = answers;
	}

	@PostMapping("/answer")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The organization's public answer; the author is asked to rate it")
	AnswerCreated answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest request,
			@AuthenticationPrincipal PortalUser official) {
		UUID answer = answers.answer(new AppealId(id), request.text(), List.of(), official.id());
		return new AnswerCreated(id.toString(), answer.toString());
	}

	@PostMapping("/reroute")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Send the appeal on to the responsible organization, with the reason; counts as misrouting")
	void reroute(@PathVariable UUID id, @Valid @RequestBody RerouteRequest request,
			@AuthenticationPrincipal PortalUser official) {
		casework.reroute(new AppealId(id), new OrganizationId(request.organizationId()), request.reason(), official.id());
	}

	@PostMapping("/assign")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Make a member of the organization the executor (an executor may only take it themselves)")
	void assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request,
			@AuthenticationPrincipal PortalUser official) {
		casework.assign(new AppealId(id), new UserId(request.executorId()), official.id());
	}

	@PostMapping("/stage")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Move the appeal to a stage of its process (by index)")
	void stage(@PathVariable UUID id, @Valid @RequestBody StageRequest request,
			@AuthenticationPrincipal PortalUser official) {
		casework.moveToStage(new AppealId(id), request.stage(), official.id());
	}

	@PostMapping("/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "An internal comment: only the organization ever sees it")
	void comment(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
			@AuthenticationPrincipal PortalUser official) {
		casework.comment(new AppealId(id), request.text(), official.id());
	}

	@PostMapping("/info-request")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Ask the author for more information; the appeal's clock stops until they answer")
	void requestInformation(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
			@AuthenticationPrincipal PortalUser official) {
		casework.requestInformation(new AppealId(id), request.text(), official.id());
	}

}
