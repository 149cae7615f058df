package ru.vmeste.works.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.works.DocumentKind;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorksSettings;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.Entry;

/**
 * Project documentation, contracts and acceptance acts of works, with versions. A file is
 * accepted only when its content is one of the document formats its name claims (scans are
 * re-encoded like photos); it is stored under a random key, never under its name, and the
 * name is kept cleaned of paths and control characters. A refused upload leaves nothing behind.
 */
@Service
public class WorkDocuments {

	public static final int MAX_DOCUMENTS = 100;

	public static final int MAX_VERSIONS = 20;

	static final int MAX_TITLE = 200;

	private final WorkAccess access;

	private final WorkDocumentStore documents;

	private final WorkHistory history;

	private final StagedFiles files;

	private final ImageSanitizer sanitizer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final long maxBytes;

	WorkDocuments(WorkAccess access, WorkDocumentStore documents, WorkHistory history, StagedFiles files,
			ImageSanitizer sanitizer, PlatformTransactionManager transactions, Clock clock,
			WorksSettings settings) {
		this.access = access;
		this.documents = documents;
		this.history = history;
		this.files = files;
		this.sanitizer = sanitizer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxBytes = settings.documentMaxSize().toBytes();
	}

	/** A new document (its first version); answers its id. */
	public UUID add(WorkId work, DocumentKind kind, @Nullable String title, String fileName, byte[] content,
			UserId official) {
		Upload upload = checked(fileName, content);
		String name = title == null || title.isBlank() ? withoutExtension(upload.fileName()) : title.strip();
		if (name.length() > MAX_TITLE) {
			throw DomainException.invalid("works.text.too-long");
		}
		UUID id = UUID.randomUUID();
		return store(upload, key -> {
			Work locked = access.editable(work, official);
			if (documents.count(work) >= MAX_DOCUMENTS) {
				throw DomainException.conflict("works.document.too-many", MAX_DOCUMENTS);
			}
			Instant now = clock.instant();
			documents.insert(id, work, kind, name, now);
			documents.addVersion(id, upload.version(1, key, now), official);
			history.add(work, new Entry(Change.DOCUMENT, locked.status(), name, List.of(), locked.customer(), official, now));
			return id;
		});
	}

	/** A new version of a document; answers its number. */
	public int addVersion(WorkId work, UUID document, String fileName, byte[] content, UserId official) {
		Upload upload = checked(fileName, content);
		return store(upload, key -> {
			Work locked = access.editable(work, official);
			WorkDocumentStore.Document existing = documents.find(work, document)
				.orElseThrow(() -> DomainException.notFound("works.document.not-found"));
			if (existing.versions().size() >= MAX_VERSIONS) {
				throw DomainException.conflict("works.document.too-many-versions", MAX_VERSIONS);
			}
			Instant now = clock.instant();
			int number = existing.current().number() + 1;
			documents.addVersion(document, upload.version(number, key, now), official);
			history.add(work, new Entry(Change.DOCUMENT_VERSION, locked.status(), existing.title() + " (v" + number + ")",
					List.of(), locked.customer(), official, now));
			return number;
		});
	}

	/** A checked upload: the bytes to store, their type and a safe name. */
	private record Upload(byte[] bytes, String contentType, String fileName) {

		WorkDocumentStore.Version version(int number, FileKey key, Instant at) {
			return new WorkDocumentStore.Version(number, key, fileName, contentType, bytes.length, at);
		}

	}

	private Upload checked(String fileName, byte[] content) {
		if (content.length == 0) {
			throw DomainException.invalid("works.document.empty");
		}
		if (content.length > maxBytes) {
			throw DomainException.invalid("works.document.too-large", maxBytes / (1024 * 1024));
		}
		String safe = FileResponses.safeName(fileName);
		if (DocumentFormat.looksLikeImage(content)) {
			CleanImage image = sanitizer.sanitize(content);
			String extension = "image/png".equals(image.contentType()) ? ".png" : ".jpg";
			return new Upload(image.bytes(), image.contentType(), withoutExtension(safe) + extension);
		}
		DocumentFormat format = DocumentFormat.of(content, safe)
			.orElseThrow(() -> DomainException.invalid("works.document.unsupported",
					String.join(", ", DocumentFormat.extensions())));
		return new Upload(content, format.contentType(), safe);
	}

	/** Stores the bytes and records them in one transaction; the bytes go again if it rolls back. */
	private <T> T store(Upload upload, Function<FileKey, T> inTransaction) {
		return transaction.execute(status -> inTransaction.apply(files.store(upload.bytes())));
	}

	private static String withoutExtension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
