package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.reports.internal.AppealChange;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.AppealStore.HistoryEntry;
import ru.vmeste.reports.internal.AppealStore.Visibility;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.internal.PhotoStore;
import ru.vmeste.reports.workflow.ProcessVersion;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.AnswerStore.Answer;
import ru.vmeste.reports.workspace.AnswerStore.AnswerFile;
import ru.vmeste.reports.workspace.Attachments.Stored;
import ru.vmeste.shared.DomainException;

/**
 * The inbox's steps for an organization working outside the portal ({@link ExternalHandling}):
 * the same checks, stores and life-cycle steps as {@link Casework} and {@link Answers}, with no
 * official of the portal behind them (the history shows the organization).
 */
@Service
class ExternalCasework implements ExternalHandling {

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final Processes processes;

	private final Workflow workflow;

	private final AppealLifecycle lifecycle;

	private final AnswerStore answers;

	private final Attachments attachments;

	private final PhotoStore photos;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ExternalCasework(AppealStore appeals, HandlingStore handling, Processes processes, Workflow workflow,
			AppealLifecycle lifecycle, AnswerStore answers, Attachments attachments, PhotoStore photos,
			PlatformTransactionManager transactions, Clock clock) {
		this.appeals = appeals;
		this.handling = handling;
		this.processes = processes;
		this.workflow = workflow;
		this.lifecycle = lifecycle;
		this.answers = answers;
		this.attachments = attachments;
		this.photos = photos;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	@Transactional
	public void take(AppealId id, OrganizationId organization) {
		Open open = open(id, organization);
		if (open.appeal().status() == AppealStatus.IN_PROGRESS) {
			return;
		}
		Instant now = clock.instant();
		ProcessVersion process = processes.version(open.handling().processVersion());
		handling.enterStage(id, 0, workflow.stageDeadline(process.stages().getFirst(), now));
		lifecycle.take(open.appeal(), organization, null, null, now);
	}

	@Override
	public UUID answer(AppealId id, OrganizationId organization, String text, List<Upload> files) {
		String answerText = Texts.required(text, Answers.MAX_TEXT);
		List<Stored> stored = attachments.store(
				files.stream().map(file -> new Attachments.Upload(file.name(), file.bytes())).toList(), true);
		try {
			return transaction.execute(status -> {
				Open open = open(id, organization);
				Instant now = clock.instant();
				UUID answer = UUID.randomUUID();
				answers.insert(new Answer(answer, id, organization, null, answerText, now,
						stored.stream()
							.map(file -> new AnswerFile(file.id(), answer, file.file(), file.thumbnail(),
									file.contentType(), file.name()))
							.toList()));
				workflow.resume(open.handling(), now);
				lifecycle.answer(open.appeal(), organization, answer, answerText, null, null, now);
				return answer;
			});
		}
		catch (RuntimeException ex) {
			attachments.delete(stored);
			throw ex;
		}
	}

	@Override
	@Transactional
	public void ask(AppealId id, OrganizationId organization, String question) {
		Open open = open(id, organization);
		if (open.handling().isPaused()) {
			throw DomainException.conflict("reports.case.info.pending");
		}
		String asked = Texts.required(question, Casework.MAX_QUESTION);
		Instant now = clock.instant();
		workflow.pause(open.handling(), now);
		lifecycle.ask(open.appeal(), organization, asked, null, now);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> informationReply(AppealId id, Instant at) {
		// the database keeps microseconds; the event's instant may have more
		Instant latest = at.plus(Duration.ofMillis(1));
		return appeals.history(id, Visibility.PARTICIPANTS)
			.stream()
			.filter(entry -> entry.change() == AppealChange.INFO_PROVIDED && !entry.at().isAfter(latest))
			.reduce((earlier, later) -> later)
			.map(HistoryEntry::note);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Photo> photos(AppealId id) {
		return photos.of(id)
			.stream()
			.map(photo -> new Photo("/appeals/" + id + "/photos/" + photo.id(), photo.contentType()))
			.toList();
	}

	/** A locked open appeal the organization answers for. */
	private Open open(AppealId id, OrganizationId organization) {
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
		return new Open(appeal, current);
	}

	private record Open(Appeal appeal, Handling handling) {
	}

}
