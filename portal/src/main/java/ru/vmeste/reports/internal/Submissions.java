package ru.vmeste.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealStatusChanged;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Takes residents' appeals and their photos. Everything is checked before anything is stored,
 * and an appeal with its photos is stored in one transaction, so a refused or failed
 * submission leaves nothing behind. A new appeal waits for moderation.
 */
@Service
public class Submissions {

	/** The kind of content appeals are in the moderation queue. */
	public static final String MODERATION_KIND = "APPEAL";

	public static final int MAX_PHOTOS = 5;

	/** A submitted appeal before it is stored. */
	public record Submission(TopicId topic, GeoPoint point, @Nullable String address, String text,
			Map<String, String> answers) {
	}

	private final AppealStore appeals;

	private final PhotoStore photos;

	private final Topics topics;

	private final TopicStore topicStore;

	private final Territory territory;

	private final Duplicates duplicates;

	private final ImageSanitizer sanitizer;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final long maxPhotoBytes;

	Submissions(AppealStore appeals, PhotoStore photos, Topics topics, TopicStore topicStore, Territory territory,
			Duplicates duplicates, ImageSanitizer sanitizer, FileStore files, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, JsonMapper json, Clock clock,
			@Value("${vmeste.reports.photo-max-size:10MB}") DataSize maxPhotoSize) {
		this.appeals = appeals;
		this.photos = photos;
		this.topics = topics;
		this.topicStore = topicStore;
		this.territory = territory;
		this.duplicates = duplicates;
		this.sanitizer = sanitizer;
		this.files = files;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
		this.maxPhotoBytes = maxPhotoSize.toBytes();
	}

	public AppealId submit(UserId author, Submission submission, List<byte[]> uploads) {
		Topic topic = reportable(submission.topic());
		District district = territory.locate(submission.point())
			.orElseThrow(() -> DomainException.invalid("reports.point.outside"));
		String answers = answers(topic, submission.answers());
		if (uploads.size() > MAX_PHOTOS) {
			throw DomainException.invalid("reports.photos.too-many", MAX_PHOTOS);
		}
		List<CleanImage> images = uploads.stream().map(this::sanitize).toList();
		AppealId id = new AppealId(UUID.randomUUID());
		List<PhotoStore.Photo> stored = new ArrayList<>();
		try {
			images.forEach(image -> stored.add(store(id, image)));
			transaction.executeWithoutResult(status -> {
				Instant now = clock.instant();
				long number = appeals.insert(new AppealStore.NewAppeal(id, topic.id(), author, district.id(),
						submission.point(), blankToNull(submission.address()), submission.text().strip(), answers, now));
				for (int i = 0; i < stored.size(); i++) {
					photos.insert(stored.get(i), images.get(i).width(), images.get(i).height(), now);
				}
				appeals.addHistory(id, new AppealStore.HistoryEntry(AppealStatus.MODERATION, "SUBMITTED", null, author,
						null, now));
				appeals.follow(id, author, "AUTHOR", now);
				events.publishEvent(new AppealStatusChanged(id, number, null, AppealStatus.MODERATION, null, now));
				events.publishEvent(moderationRequest(id, topic, author, submission));
			});
			return id;
		}
		catch (RuntimeException ex) {
			stored.forEach(this::delete);
			throw ex;
		}
	}

	/** The author adds a photo while the appeal waits for moderation; answers the photo's id. */
	public UUID addPhoto(AppealId id, UserId user, byte[] upload) {
		CleanImage image = sanitize(upload);
		PhotoStore.Photo photo = store(id, image);
		try {
			transaction.executeWithoutResult(status -> {
				Appeal appeal = appeals.lock(id).orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
				if (!appeal.author().equals(user)) {
					throw DomainException.forbidden("reports.photos.author-only");
				}
				if (appeal.status() != AppealStatus.MODERATION) {
					throw DomainException.conflict("reports.photos.after-moderation");
				}
				if (photos.count(id) >= MAX_PHOTOS) {
					throw DomainException.conflict("reports.photos.too-many", MAX_PHOTOS);
				}
				photos.insert(photo, image.width(), image.height(), clock.instant());
			});
			return photo.id();
		}
		catch (RuntimeException ex) {
			delete(photo);
			throw ex;
		}
	}

	/** A resident supports a published appeal instead of reporting the same problem again. */
	public void support(AppealId id, UserId user) {
		transaction.executeWithoutResult(status -> {
			Appeal appeal = appeals.lock(id)
				.filter(found -> found.status().isPublic())
				.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
			if (appeal.author().equals(user)) {
				throw DomainException.conflict("reports.support.own");
			}
			if (appeals.follow(id, user, "SUPPORTER", clock.instant())) {
				appeals.addSupporter(id);
			}
		});
	}

	private Topic reportable(TopicId id) {
		Topic topic = topics.find(id).orElseThrow(() -> DomainException.invalid("reports.topic.unknown"));
		if (topic.isGroup()) {
			throw DomainException.invalid("reports.topic.group");
		}
		boolean groupActive = topic.parent() != null && topics.find(topic.parent()).map(Topic::active).orElse(false);
		if (!topic.active() || !groupActive) {
			throw DomainException.invalid("reports.topic.retired");
		}
		return topic;
	}

	private String answers(Topic topic, Map<String, String> given) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (TopicQuestion question : topicStore.questions(topic.id())) {
			String answer = given.getOrDefault(question.key(), "").strip();
			if (answer.isEmpty()) {
				if (question.required()) {
					throw DomainException.invalid("reports.answer.required", question.label().ru());
				}
				continue;
			}
			if (answer.length() > 200 || question.numeric() && !answer.matches("\\d{1,9}([.,]\\d{1,3})?")) {
				throw DomainException.invalid(question.numeric() ? "reports.answer.number" : "reports.answer.too-long",
						question.label().ru());
			}
			answers.put(question.key(), answer);
		}
		return json.writeValueAsString(answers);
	}

	private ModerationRequested moderationRequest(AppealId id, Topic topic, UserId author, Submission submission) {
		List<ModerationRequested.Similar> similar = duplicates.of(topic.id(), submission.point(), submission.text())
			.stream()
			.map(duplicate -> new ModerationRequested.Similar(duplicate.id().toString(), "№ " + duplicate.number(),
					duplicate.text(), "/appeals/" + duplicate.id(), duplicate.distanceMetres(), duplicate.similarity()))
			.toList();
		return new ModerationRequested(MODERATION_KIND, id.toString(), submission.text().strip(), author, topic.name(),
				"/appeals/" + id, similar);
	}

	private CleanImage sanitize(byte[] upload) {
		if (upload.length > maxPhotoBytes) {
			throw DomainException.invalid("reports.photos.too-large", maxPhotoBytes / (1024 * 1024));
		}
		return sanitizer.sanitize(upload);
	}

	private PhotoStore.Photo store(AppealId appeal, CleanImage image) {
		return new PhotoStore.Photo(UUID.randomUUID(), appeal, files.store(image.bytes()), files.store(image.thumbnail()),
				image.contentType());
	}

	private void delete(PhotoStore.Photo photo) {
		files.delete(photo.file());
		files.delete(photo.thumbnail());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
