package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.AnswerStore.Answer;
import ru.vmeste.reports.workspace.AnswerStore.AnswerFile;
import ru.vmeste.reports.workspace.Attachments.Stored;
import ru.vmeste.reports.workspace.Attachments.Upload;

/**
 * The organization's public answer to an appeal, with photos and documents: the answer ends
 * the work on it (and any pause), and its author is asked to rate it.
 */
@Service
public class Answers {

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

	/** Answers the appeal for the official's organization; the files are checked and stored first. */
	public UUID answer(AppealId id, String text, List<Upload> uploads, UserId official) {
		String answerText = Texts.required(text, MAX_TEXT);
		List<Stored> stored = attachments.store(uploads, true);
		try {
			return transaction.execute(status -> {
				Casework.Case open = casework.open(id, official);
				Instant now = clock.instant();
				UUID answer = UUID.randomUUID();
				answers.insert(new Answer(answer, id, open.handling().organization(), official, answerText, now,
						stored.stream()
							.map(file -> new AnswerFile(file.id(), answer, file.file(), file.thumbnail(),
									file.contentType(), file.name()))
							.toList()));
				workflow.resume(open.handling(), now);
				lifecycle.answer(open.appeal(), open.handling().organization(), answer, answerText, official, null, now);
				return answer;
			});
		}
		catch (RuntimeException ex) {
			attachments.delete(stored);
			throw ex;
		}
	}

}
