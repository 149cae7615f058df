package ru.vmeste.works.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;

/**
 * Residents of the district rate completed works (1–5, a comment, optionally a photo). A
 * rating is published only after moderation; each resident rates works once, unless the
 * moderators turned their rating down.
 */
@Service
public class WorkRatings {

	/** The kind of content ratings are in the moderation queue. */
	public static final String MODERATION_KIND = "WORK_RATING";

	static final int MIN_COMMENT = 3;

	static final int MAX_COMMENT = 2000;

	private final WorkStore works;

	private final WorkRatingStore ratings;

	private final Residents residents;

	private final WorkPhotos photos;

	private final StagedFiles files;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WorkRatings(WorkStore works, WorkRatingStore ratings, Residents residents, WorkPhotos photos, StagedFiles files,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.works = works;
		this.ratings = ratings;
		this.residents = residents;
		this.photos = photos;
		this.files = files;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Why a resident may not rate works, as a message key; {@code null} when they may. */
	public @Nullable String refusal(Work work, UserId resident) {
		if (!work.status().isDone()) {
			return "works.rating.not-completed";
		}
		boolean local = residents.statusOf(resident)
			.map(ResidentStatus::district)
			.filter(district -> district.equals(work.place().district()))
			.isPresent();
		if (!local) {
			return "works.rating.other-district";
		}
		return ratings.byAuthor(work.id(), resident).isPresent() ? "works.rating.already" : null;
	}

	/** Takes a rating for moderation; answers its id. */
	public UUID rate(WorkId id, UserId author, int score, String comment, @Nullable Upload photo) {
		if (score < 1 || score > 5) {
			throw DomainException.invalid("works.rating.score");
		}
		String text = comment.strip();
		if (text.length() < MIN_COMMENT || text.length() > MAX_COMMENT) {
			throw DomainException.invalid("works.rating.comment", MIN_COMMENT, MAX_COMMENT);
		}
		Work work = works.find(id).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
		String refusal = refusal(work, author);
		if (refusal != null) {
			throw "works.rating.other-district".equals(refusal) ? DomainException.forbidden(refusal)
					: DomainException.conflict(refusal);
		}
		CleanImage image = photo == null || photo.isEmpty() ? null : photos.sanitize(photo.bytes());
		UUID rating = UUID.randomUUID();
		try {
			transaction.executeWithoutResult(status -> {
				FileKey file = image == null ? null : files.store(image.bytes());
				FileKey thumbnail = image == null ? null : files.store(image.thumbnail());
				ratings.insert(new WorkRatingStore.Rating(rating, id, author, score, text, null, file, thumbnail,
						image == null ? null : image.contentType(), WorkRatingStore.Status.MODERATION, null, clock.instant(),
						null));
				events.publishEvent(new ModerationRequested(MODERATION_KIND, rating.toString(), text, author,
						new LocalizedText("Оценка " + score + "/5 — " + work.title(), "Rating " + score + "/5 — " + work.title()),
						"/works/" + id + "/ratings/" + rating, List.of()));
			});
			return rating;
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("works.rating.already");
		}
	}

}
