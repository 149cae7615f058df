package ru.vmeste.works.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.works.PhotoStage;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileKey;
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
 * Photos of works before, during and after, each with the day it was taken. Photos are
 * re-encoded from their pixels, so no location or camera data is published.
 */
@Service
public class WorkPhotos {

	public static final int MAX_PHOTOS = 100;

	static final int MAX_CAPTION = 300;

	private final WorkAccess access;

	private final WorkPhotoStore photos;

	private final WorkHistory history;

	private final ImageSanitizer sanitizer;

	private final StagedFiles files;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final long maxBytes;

	WorkPhotos(WorkAccess access, WorkPhotoStore photos, WorkHistory history, ImageSanitizer sanitizer, StagedFiles files,
			PlatformTransactionManager transactions, Clock clock,
			WorksSettings settings) {
		this.access = access;
		this.photos = photos;
		this.history = history;
		this.sanitizer = sanitizer;
		this.files = files;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxBytes = settings.photoMaxSize().toBytes();
	}

	/** Adds a photo of a stage, taken on the day given (today if none); answers its id. */
	public UUID add(WorkId work, PhotoStage stage, @Nullable LocalDate takenOn, @Nullable String caption, byte[] upload,
			UserId official) {
		LocalDate today = LocalDate.now(clock);
		LocalDate day = takenOn == null ? today : takenOn;
		if (day.isAfter(today)) {
			throw DomainException.invalid("works.photo.date-in-future");
		}
		String text = caption == null || caption.isBlank() ? null : caption.strip();
		if (text != null && text.length() > MAX_CAPTION) {
			throw DomainException.invalid("works.text.too-long");
		}
		CleanImage image = sanitize(upload);
		return transaction.execute(status -> {
			Work locked = access.editable(work, official);
			if (photos.count(work) >= MAX_PHOTOS) {
				throw DomainException.conflict("works.photo.too-many", MAX_PHOTOS);
			}
			FileKey file = files.store(image.bytes());
			FileKey thumbnail = files.store(image.thumbnail());
			WorkPhotoStore.Photo photo = new WorkPhotoStore.Photo(UUID.randomUUID(), work, stage, day, text, file,
					thumbnail, image.contentType());
			Instant now = clock.instant();
			photos.insert(photo, image.width(), image.height(), now);
			history.add(work, new Entry(Change.PHOTO, locked.status(), stage.name(), List.of(), locked.customer(),
					official, now));
			return photo.id();
		});
	}

	CleanImage sanitize(byte[] upload) {
		if (upload.length == 0) {
			throw DomainException.invalid("works.photo.empty");
		}
		if (upload.length > maxBytes) {
			throw DomainException.invalid("works.photo.too-large", maxBytes / (1024 * 1024));
		}
		return sanitizer.sanitize(upload);
	}

}
