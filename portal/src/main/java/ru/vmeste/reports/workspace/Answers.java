package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealStatusChanged;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.AppealStore.HistoryEntry;
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

	private final AppealStore appeals;

	private final AnswerStore answers;

	private final Attachments attachments;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Answers(Casework casework, AppealStore appeals, AnswerStore answers, Attachments attachments, Workflow workflow,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.casework = casework;
		this.appeals = appeals;
		this.answers = answers;
		this.attachments = attachments;
		this.workflow = workflow;
		this.events = events;
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
				appeals.setStatus(id, AppealStatus.ANSWERED, null, null);
				appeals.addHistory(id, HistoryEntry.of(AppealStatus.ANSWERED, "ANSWERED", official, now).note(answerText));
				events.publishEvent(new AppealStatusChanged(id, open.appeal().number(), open.appeal().status(),
						AppealStatus.ANSWERED, answerText, now));
				return answer;
			});
		}
		catch (RuntimeException ex) {
			attachments.delete(stored);
			throw ex;
		}
	}

}
