package ru.vmeste.edms.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.edms.connector.EdmsRefused;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.internal.ChangeLog.Source;
import ru.vmeste.edms.internal.DocumentStore.Document;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.shared.DomainException;

/**
 * Takes the changes the EDMS reports, by webhook or by poll, each exactly once: the change's
 * id is recorded in the same transaction that applies it. Its status means a portal status
 * through {@code vmeste.edms.statuses}; "in progress" and "answered" act on the appeal as its
 * official would, and a change with a question asks the author for more information. A change the portal refuses (the appeal was closed meanwhile, say) is recorded
 * as ignored, so it is not offered again and again.
 */
public class InboundChanges {

	private static final Logger log = LoggerFactory.getLogger(InboundChanges.class);

	private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** What became of a batch of changes. */
	public record Taken(int applied, int duplicates) {
	}

	private final EdmsSettings settings;

	private final ChangeLog changes;

	private final DocumentStore documents;

	private final ExternalHandling external;

	private final EdmsConnector connector;

	private final TransactionTemplate transaction;

	private final Clock clock;

	InboundChanges(EdmsSettings settings, ChangeLog changes, DocumentStore documents, ExternalHandling external,
			EdmsConnector connector, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.changes = changes;
		this.documents = documents;
		this.external = external;
		this.connector = connector;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public Taken take(List<DocumentChange> batch, Source source) {
		int applied = 0;
		for (DocumentChange change : batch) {
			if (take(change, source)) {
				applied++;
			}
		}
		return new Taken(applied, batch.size() - applied);
	}

	/** Applies one change; false when it was taken before. */
	boolean take(DocumentChange change, Source source) {
		if (changes.isKnown(change.id())) {
			return false;
		}
		Optional<Document> document = documentOf(change);
		AppealStatus meaning = settings.statuses().get(change.status());
		List<Upload> files = meaning == AppealStatus.ANSWERED && change.answer() != null
				&& document.filter(Document::active).isPresent() ? download(change.answer().files()) : List.of();
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> apply(change, source, document, meaning, files, true)));
		}
		catch (DomainException ex) {
			log.info("EDMS change {} ({} for {}) not applied: {}", change.id(), change.status(), change.number(),
					ex.messageCode());
			return Boolean.TRUE.equals(transaction.execute(status -> {
				boolean recorded = apply(change, source, document, meaning, files, false);
				if (recorded) {
					changes.outcome(change.id(), "IGNORED " + ex.messageCode());
				}
				return recorded;
			}));
		}
	}

	private boolean apply(DocumentChange change, Source source, Optional<Document> document,
			@Nullable AppealStatus meaning, List<Upload> files, boolean act) {
		AppealId appeal = document.map(Document::appeal).orElse(null);
		if (!changes.record(change, appeal, source, clock.instant())) {
			return false;
		}
		if (document.isEmpty()) {
			changes.outcome(change.id(), "UNKNOWN DOCUMENT");
			return true;
		}
		Document known = document.get();
		if (!documents.changed(known.appeal(), change)) {
			changes.outcome(change.id(), "STALE");
			return true;
		}
		if (!known.active()) {
			changes.outcome(change.id(), "RECORDED (the appeal left the EDMS)");
			return true;
		}
		if (act && change.question() != null && !change.question().isBlank()) {
			external.ask(known.appeal(), known.organization(), change.question());
		}
		if (act && meaning == AppealStatus.IN_PROGRESS) {
			external.take(known.appeal(), known.organization());
		}
		else if (act && meaning == AppealStatus.ANSWERED) {
			if (change.answer() == null || change.answer().text().isBlank()) {
				changes.outcome(change.id(), "IGNORED an answer without text");
				return true;
			}
			external.answer(known.appeal(), known.organization(), change.answer().text(), files);
		}
		changes.outcome(change.id(), (meaning == null ? "RECORDED (status not mapped)" : "APPLIED " + meaning)
				+ (change.question() == null ? "" : ", QUESTION ASKED"));
		return true;
	}

	private Optional<Document> documentOf(DocumentChange change) {
		UUID appeal = ChangeLog.uuidOrNull(change.externalId());
		Optional<Document> byAppeal = appeal == null ? Optional.empty() : documents.find(new AppealId(appeal));
		return byAppeal.isPresent() ? byAppeal : documents.byNumber(change.number());
	}

	private List<Upload> download(List<FileLink> links) {
		List<Upload> files = new ArrayList<>();
		for (FileLink link : links) {
			try {
				files.add(new Upload(link.name(), connector.download(link.url(), MAX_FILE_BYTES)));
			}
			catch (EdmsRefused ex) {
				log.warn("A file of an EDMS answer is left out: {}", ex.getMessage());
			}
		}
		return files;
	}

}
