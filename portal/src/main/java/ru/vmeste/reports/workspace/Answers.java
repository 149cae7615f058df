package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.AnswerFacts;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.Answer;
import ru.vmeste.reports.workspace.AnswerFile;
import ru.vmeste.reports.workspace.Attachments.Checked;
import ru.vmeste.reports.workspace.Attachments.Stored;

/**
 * The organization's public answer to an appeal, with photos and documents: the answer ends
 * the work on it (and any pause), and its author is asked to rate it.
 */
@Service
public class Answers implements AnswerFacts {

	public static final int MAX_TEXT = 4000;

	private final Casework casework;

	private final AnswerStore answers;

	private final Attachments attachments;

	private final Workflow workflow;

	private final AppealLifecycle lifecycle;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Answers(Casework casework, AnswerStore answers, Attachments attachments, Workflow workflow,
			AppealLifecycle lifecycle, PlatformTransactionManager transactions, Clock clock) {
		this.casework = casework;
		this.answers = answers;
		this.attachments = attachments;
		this.workflow = workflow;
		this.lifecycle = lifecycle;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LatestAnswer> latest(AppealId appeal) {
		return answers.latest(appeal)
			.map(answer -> new LatestAnswer(answer.id(), answer.organization(), answer.text(), answer.at(),
					answer.files()
						.stream()
						.map(file -> new AnswerFacts.File(file.id(), file.name(), file.isImage(), file.contentType()))
						.toList()));
	}

	/** A file of any answer to the appeal. */
	@Transactional(readOnly = true)
	public Optional<AnswerFile> file(AppealId appeal, UUID file) {
		return answers.file(appeal, file);
	}

	/** Answers the appeal for the official's organization; the files are checked and stored first. */
	public UUID answer(AppealId id, String text, List<Upload> uploads, UserId official) {
		String answerText = Texts.required(text, MAX_TEXT);
		List<Checked> checked = attachments.check(uploads, true);
		return transaction.execute(status -> {
			Casework.Case open = casework.openHere(id, official);
			return record(open.appeal(), open.handling(), official, answerText, attachments.store(checked), null,
					clock.instant());
		});
	}

	/**
	 * The organization's answer given outside the workspace — by its document system, or in an
	 * import of appeals with their past — at the instant it was given.
	 *
	 * @param note what the history says of where it came from (e.g. the EDMS registration number)
	 */
	public UUID answerFor(AppealId id, OrganizationId organization, String text, List<Upload> uploads,
			@Nullable String note, Instant at) {
		String answerText = Texts.required(text, MAX_TEXT);
		List<Checked> checked = attachments.check(uploads, true);
		return transaction.execute(status -> {
			Casework.Case open = casework.openFor(id, organization);
			return record(open.appeal(), open.handling(), null, answerText, attachments.store(checked), note, at);
		});
	}

	private UUID record(Appeal appeal, Handling handling, @Nullable UserId official, String text, List<Stored> stored,
			@Nullable String note, Instant at) {
		UUID answer = UUID.randomUUID();
		OrganizationId organization = Objects.requireNonNull(handling.organization());
		answers.insert(new Answer(answer, appeal.id(), organization, official, text, at,
				stored.stream()
					.map(file -> new AnswerFile(file.id(), answer, file.file(), file.thumbnail(), file.contentType(),
							file.name()))
					.toList()));
		workflow.resume(handling, at);
		lifecycle.answer(appeal, organization, answer, text, official, note == null ? null : text + " (" + note + ")",
				at);
		return answer;
	}

}
