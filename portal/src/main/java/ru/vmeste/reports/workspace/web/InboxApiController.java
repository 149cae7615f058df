package ru.vmeste.reports.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.Visibility;
import ru.vmeste.reports.web.HistoryViews;
import ru.vmeste.reports.web.ProgressViews;
import ru.vmeste.reports.workspace.Inbox;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The officials' inbox for apps: the appeals routed to the caller's organizations by view,
 * the counts of each view, and one appeal with its internal side.
 */
@RestController
@RequestMapping("/api/v1/inbox")
@PartOf(PortalService.INFORM)
@Tag(name = "Inbox", description = "Officials: appeals routed to their organizations")
class InboxApiController {

	/** An appeal in the inbox. */
	record InboxItem(String id, long number, String topicId, String topic, String text, AppealStatus status,
			String organizationId, String organization, @Nullable String stage, @Nullable String assigneeId,
			@Nullable String assignee, @Nullable LocalDate deadline, @Nullable LocalDate legalDeadline, boolean overdue,
			boolean awaitingInformation, boolean needsManualRouting, Instant createdAt) {
	}

	/** An appeal as its organization sees it: everything public plus the internal history and the executor. */
	record CaseDetails(String id, long number, String topicId, String text, AppealStatus status,
			ProgressViews.Progress progress, @Nullable String assigneeId, @Nullable String assignee,
			@Nullable Integer stageIndex, List<CaseViews.StageOption> stages, @Nullable Rating rating,
			List<InternalStep> history) {
	}

	/** The author's rating with the comment only the organization sees. */
	@Schema(name = "InboxRating")
	record Rating(int score, boolean solved, @Nullable String comment, Instant at) {
	}

	/** A history step with who may read it and who made it. */
	record InternalStep(AppealStatus status, String change, Instant at, @Nullable String note, Visibility visibility,
			@Nullable String actor, @Nullable String assignee) {
	}

	private final Inbox inbox;

	private final InboxModel model;

	private final CaseViews views;

	InboxApiController(Inbox inbox, InboxModel model, CaseViews views) {
		this.inbox = inbox;
		this.model = model;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "Appeals routed to the caller's organizations (or one of them), soonest deadline first; "
			+ "view: OPEN, NEW, IN_WORK, DUE_SOON, OVERDUE, INFO, MANUAL, ANSWERED; mine=true for the caller's own")
	Paged<InboxItem> inbox(@RequestParam(defaultValue = "OPEN") Inbox.View view,
			@RequestParam(required = false) @Nullable UUID organizationId, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@AuthenticationPrincipal PortalUser official, Locale locale) {
		InboxModel.Scope scope = model.scope(official.id(), organizationId, locale);
		Inbox.Filter filter = new Inbox.Filter(scope.chosen(), view, mine ? official.id() : null);
		return model.rows(inbox.page(filter, PageQuery.of(page, size)), locale).map(InboxApiController::item);
	}

	@GetMapping("/counts")
	@Operation(summary = "How many appeals each view of the inbox holds")
	Map<Inbox.View, Long> counts(@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "false") boolean mine, @AuthenticationPrincipal PortalUser official,
			Locale locale) {
		return inbox.counts(model.scope(official.id(), organizationId, locale).chosen(), mine ? official.id() : null);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An appeal routed to the caller's organization, with its internal history; 403 for anyone else")
	CaseDetails appeal(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, Locale locale) {
		CaseViews.CaseView view = views.of(new AppealId(id), official.id(), locale);
		return new CaseDetails(id.toString(), view.appeal().number(), view.appeal().topic().toString(),
				view.appeal().text(), view.appeal().status(), view.progress(),
				view.handling().assignee() == null ? null : view.handling().assignee().toString(), view.assignee(),
				view.handling().stage(), view.stages(),
				view.rating() == null ? null
						: new Rating(view.rating().score(), view.rating().solved(), view.rating().comment(),
								view.rating().at()),
				view.history().stream().map(InboxApiController::step).toList());
	}

	private static InternalStep step(CaseViews.StaffStep step) {
		HistoryViews.Step shown = step.step();
		return new InternalStep(shown.status(), shown.change(), shown.at(), shown.note(), step.visibility(), step.actor(),
				step.assignee());
	}

	private static InboxItem item(InboxModel.Row row) {
		return new InboxItem(row.appeal().id().toString(), row.appeal().number(), row.appeal().topic().toString(),
				row.topic(), row.appeal().text(), row.appeal().status(),
				String.valueOf(row.handling().organization()), row.organization(), row.stage(),
				row.handling().assignee() == null ? null : row.handling().assignee().toString(), row.assignee(),
				row.handling().deadline(), row.handling().legalDeadline(), row.overdue(), row.handling().isPaused(),
				row.handling().needsManualRouting(), row.appeal().createdAt());
	}

}
