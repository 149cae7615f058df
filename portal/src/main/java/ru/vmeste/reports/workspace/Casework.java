package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ExternalRecord;
import ru.vmeste.reports.ExternalRecords;
import ru.vmeste.reports.internal.AppealChange;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.Visibility;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.routing.Router;
import ru.vmeste.reports.workflow.ProcessVersion;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Stage;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.shared.DomainException;

/**
 * What officials of the responsible organization do with an open appeal: assign an executor,
 * move it between the stages of its process, comment internally, ask the author for more
 * information, send it on to another organization. Every step goes into the history. An appeal
 * the organization handles in its document management system keeps only internal comments here.
 */
@Service
public class Casework {

	public static final int MAX_COMMENT = 2000;

	public static final int MAX_QUESTION = 1000;

	public static final int MAX_REASON = 500;

	/** A locked open appeal, how it is handled, and the acting official's role. */
	record Case(Appeal appeal, Handling handling, MemberRole role) {
	}

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final Responsibility responsibility;

	private final Processes processes;

	private final Workflow workflow;

	private final Router router;

	private final Organizations organizations;

	private final AppealLifecycle lifecycle;

	private final List<ExternalRecords> external;

	private final Clock clock;

	Casework(AppealStore appeals, HandlingStore handling, Responsibility responsibility, Processes processes,
			Workflow workflow, Router router, Organizations organizations, AppealLifecycle lifecycle,
			List<ExternalRecords> external, Clock clock) {
		this.appeals = appeals;
		this.handling = handling;
		this.responsibility = responsibility;
		this.processes = processes;
		this.workflow = workflow;
		this.router = router;
		this.organizations = organizations;
		this.lifecycle = lifecycle;
		this.external = external;
		this.clock = clock;
	}

	/** A head assigns any member; an executor may take an appeal for themselves only. */
	@Transactional
	public void assign(AppealId id, UserId executor, UserId official) {
		Case open = openHere(id, official);
		OrganizationId organization = open.handling().organization();
		if (open.role() != MemberRole.HEAD && !executor.equals(official)) {
			throw DomainException.forbidden("reports.case.assign.self-only");
		}
		if (!responsibility.isMember(organization, executor)) {
			throw DomainException.invalid("reports.case.assign.not-member");
		}
		if (executor.equals(open.handling().assignee())) {
			return;
		}
		Instant now = clock.instant();
		handling.assign(id, executor);
		Appeal assigned = lifecycle.assign(open.appeal(), organization, executor, official, now);
		take(new Case(assigned, open.handling(), open.role()), official, now);
	}

	/** Moves the appeal to another stage of its process, if the official may move it on from the current one. */
	@Transactional
	public void moveToStage(AppealId id, int stage, UserId official) {
		Case open = openHere(id, official);
		ProcessVersion process = processes.version(open.handling().processVersion());
		Stage next = process.stage(stage).orElseThrow(() -> DomainException.invalid("reports.case.stage.unknown"));
		Integer current = open.handling().stage();
		if (current != null && current == stage) {
			return;
		}
		if (current != null && open.role() != MemberRole.HEAD) {
			UserId executor = open.handling().assignee();
			Stage.Mover mover = process.stage(current).map(Stage::mover).orElse(Stage.Mover.EXECUTOR);
			if (mover == Stage.Mover.HEAD || executor != null && !executor.equals(official)) {
				throw DomainException.forbidden("reports.case.stage.not-allowed");
			}
		}
		Instant now = clock.instant();
		if (take(open, official, now) && stage == 0) {
			return;
		}
		handling.enterStage(id, stage, workflow.stageDeadline(next, now));
		lifecycle.record(open.appeal().in(AppealStatus.IN_PROGRESS, null),
				HistoryEntry.of(AppealStatus.IN_PROGRESS, AppealChange.STAGE, official, now).stage(stage));
	}

	@Transactional
	public void comment(AppealId id, String text, UserId official) {
		Case open = open(id, official);
		lifecycle.record(open.appeal(), HistoryEntry.of(open.appeal().status(), AppealChange.COMMENT, official,
				clock.instant())
			.note(Texts.required(text, MAX_COMMENT))
			.visibleTo(Visibility.STAFF));
	}

	/**
	 * The organization's answer that the problem is not solved yet, only planned to be by a date:
	 * a public entry in the history with the promised date; the appeal stays (or goes) in work and
	 * counts as not solved until the organization answers that it is.
	 */
	@Transactional
	public void promise(AppealId id, String text, LocalDate repairBy, UserId official) {
		String answer = Texts.required(text, Answers.MAX_TEXT);
		if (!repairBy.isAfter(LocalDate.now(clock))) {
			throw DomainException.invalidInput("promisedBy", "reports.case.promise.date-past");
		}
		Case open = openHere(id, official);
		Instant now = clock.instant();
		take(open, official, now);
		lifecycle.record(open.appeal().in(AppealStatus.IN_PROGRESS, null),
				HistoryEntry.of(AppealStatus.IN_PROGRESS, AppealChange.PROMISED, official, now)
					.note(repairBy.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " — " + answer));
	}

	/** Asks the author for more information; the appeal's clock stops until they answer (or the organization does). */
	@Transactional
	public void requestInformation(AppealId id, String question, UserId official) {
		ask(openHere(id, official), question, official, clock.instant());
	}

	/** The organization asks the author for more information from outside the workspace (its document system). */
	@Transactional
	public void askFor(AppealId id, OrganizationId organization, String question, Instant at) {
		ask(openFor(id, organization), question, null, at);
	}

	private void ask(Case open, String question, @Nullable UserId official, Instant at) {
		if (open.handling().isPaused()) {
			throw DomainException.conflict("reports.case.info.pending");
		}
		String asked = Texts.required(question, MAX_QUESTION);
		workflow.pause(open.handling(), at);
		lifecycle.ask(open.appeal(), open.handling().organization(), asked, official, at);
	}

	/** Sends the appeal on to the organization that is responsible, with the reason. */
	@Transactional
	public void reroute(AppealId id, OrganizationId to, String reason, UserId official) {
		Case open = openHere(id, official);
		if (to.equals(open.handling().organization())) {
			throw DomainException.invalid("reports.case.reroute.same");
		}
		if (organizations.find(to).isEmpty()) {
			throw DomainException.invalid("reports.case.reroute.unknown");
		}
		router.reroute(open.appeal(), open.handling(), to, Texts.required(reason, MAX_REASON), official, clock.instant());
	}

	/**
	 * The organization takes the appeal into work outside the workspace — in its document system,
	 * or in an import of appeals with their past — at the instant it did; nothing happens if it is
	 * in work already.
	 *
	 * @param note what the history says of where it came from (e.g. the EDMS registration number)
	 */
	@Transactional
	public void takeFor(AppealId id, OrganizationId organization, @Nullable String note, Instant at) {
		Case open = openFor(id, organization);
		if (open.appeal().status() == AppealStatus.IN_PROGRESS) {
			return;
		}
		ProcessVersion process = processes.version(open.handling().processVersion());
		handling.enterStage(id, 0, workflow.stageDeadline(process.stages().getFirst(), at));
		lifecycle.take(open.appeal(), organization, null, note, at);
	}

	/**
	 * Locks an open appeal routed to the organization, for a step the organization itself takes;
	 * an appeal sent on to another organization meanwhile is a conflict, not a refusal.
	 */
	Case openFor(AppealId id, OrganizationId organization) {
		Appeal appeal = appeals.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		Handling current = handling.of(id).orElseThrow();
		if (!organization.equals(current.organization())) {
			throw DomainException.conflict("reports.external.not-responsible");
		}
		if (!appeal.status().isOpen()) {
			throw DomainException.conflict("reports.case.closed");
		}
		return new Case(appeal, current, MemberRole.HEAD);
	}

	/** Locks an appeal the official's organization answers for and that still waits for an answer. */
	Case open(AppealId id, UserId official) {
		Appeal appeal = appeals.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		Handling current = handling.of(id).orElseThrow();
		MemberRole role = responsibility.require(current, official);
		if (!appeal.status().isOpen()) {
			throw DomainException.conflict("reports.case.closed");
		}
		return new Case(appeal, current, role);
	}

	/**
	 * {@link #open} for the steps the organization takes in its document management system when
	 * the appeal is handled there ({@link ExternalRecords}): only internal comments stay in the portal.
	 */
	Case openHere(AppealId id, UserId official) {
		Case open = open(id, official);
		boolean outside = external.stream()
			.anyMatch(records -> records.of(id).map(ExternalRecord::handledThere).orElse(false));
		if (outside) {
			throw DomainException.conflict("reports.case.external");
		}
		return open;
	}

	/** A new or reopened appeal goes into work at the first stage of its process; false if it already was in work. */
	private boolean take(Case open, UserId official, Instant now) {
		AppealStatus status = open.appeal().status();
		if (status == AppealStatus.IN_PROGRESS) {
			return false;
		}
		ProcessVersion process = processes.version(open.handling().processVersion());
		handling.enterStage(open.appeal().id(), 0, workflow.stageDeadline(process.stages().getFirst(), now));
		lifecycle.take(open.appeal(), open.handling().organization(), official, null, now);
		return true;
	}

}
