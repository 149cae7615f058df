package ru.vmeste.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Takes residents' appeals and their photos. Everything is checked before anything is stored,
 * and an appeal with its photos is stored in one transaction (files included, through
 * {@link StagedFiles}), so a refused or failed submission leaves nothing behind. A new appeal
 * waits for moderation, or is held until its author confirms their e-mail.
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

	/**
	 * An appeal as stored, with what was stored beside it: its answers to the topic's questions
	 * and its photos (its history is {@link HistoryEntry#submitted}), so nothing is read back.
	 */
	public record Submitted(Appeal appeal, Map<String, String> answers, List<AppealPhoto> photos) {

		public AppealId id() {
			return appeal.id();
		}

	}

	private final AppealStore appeals;

	private final AppealLifecycle lifecycle;

	private final Residents residents;

	private final PhotoStore photos;

	private final TopicsService topics;

	private final Territory territory;

	private final Duplicates duplicates;

	private final ImageSanitizer sanitizer;

	private final StagedFiles files;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final long maxPhotoBytes;

	Submissions(AppealStore appeals, AppealLifecycle lifecycle, Residents residents, PhotoStore photos, TopicsService topics,
			Territory territory, Duplicates duplicates, ImageSanitizer sanitizer, StagedFiles files,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, JsonMapper json, Clock clock,
			ReportsSettings settings) {
		this.appeals = appeals;
		this.lifecycle = lifecycle;
		this.residents = residents;
		this.photos = photos;
		this.topics = topics;
		this.territory = territory;
		this.duplicates = duplicates;
		this.sanitizer = sanitizer;
		this.files = files;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
		this.maxPhotoBytes = settings.photoMaxSize().toBytes();
	}

	/** Submits an appeal with its photos; answers it as stored, without reading it back. */
	public Submitted submit(UserId author, Submission submission, List<byte[]> uploads) {
		Topic topic = reportable(submission.topic());
		District district = territory.locate(submission.point())
			.orElseThrow(() -> DomainException.invalid("reports.point.outside"));
		Map<String, String> answers = answers(topic, submission.answers());
		if (uploads.size() > MAX_PHOTOS) {
			throw DomainException.invalid("reports.photos.too-many", MAX_PHOTOS);
		}
		List<CleanImage> images = uploads.stream().map(this::sanitize).toList();
		AppealId id = new AppealId(UUID.randomUUID());
		return transaction.execute(status -> {
			boolean held = !residents.statusOf(author).map(ResidentStatus::emailConfirmed).orElse(false);
			Instant now = clock.instant();
			Appeal appeal = lifecycle.submit(new AppealStore.NewAppeal(id, topic.id(), author, district.id(),
					submission.point(), blankToNull(submission.address()), submission.text().strip(),
					json.writeValueAsString(answers), now), held);
			List<AppealPhoto> stored = new ArrayList<>();
			for (CleanImage image : images) {
				AppealPhoto photo = store(id, image);
				photos.insert(photo, image.width(), image.height(), now);
				stored.add(photo);
			}
			if (!held) {
				events.publishEvent(moderationRequest(appeal, topic));
			}
			return new Submitted(appeal, Collections.unmodifiableMap(answers), List.copyOf(stored));
		});
	}

	/** Puts an appeal waiting for moderation in the moderators' queue, with the likely duplicates found. */
	public void requestModeration(Appeal appeal) {
		topics.find(appeal.topic()).ifPresent(topic -> events.publishEvent(moderationRequest(appeal, topic)));
	}

	/** The author confirmed their e-mail: their held appeals go to moderation, oldest first. */
	public void release(UserId author) {
		transaction.executeWithoutResult(status -> {
			for (AppealId id : appeals.heldOf(author)) {
				Appeal appeal = appeals.lock(id).orElseThrow();
				if (appeal.status() == AppealStatus.HELD) {
					lifecycle.release(appeal, clock.instant());
					topics.find(appeal.topic())
						.ifPresent(topic -> events.publishEvent(moderationRequest(appeal, topic)));
				}
			}
		});
	}

	/** The author adds a photo while the appeal waits for moderation (or is held); answers the photo's id. */
	public UUID addPhoto(AppealId id, UserId user, byte[] upload) {
		CleanImage image = sanitize(upload);
		return transaction.execute(status -> {
			Appeal appeal = appeals.lock(id).orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
			if (!appeal.author().equals(user)) {
				throw DomainException.forbidden("reports.photos.author-only");
			}
			if (appeal.status() != AppealStatus.MODERATION && appeal.status() != AppealStatus.HELD) {
				throw DomainException.conflict("reports.photos.after-moderation");
			}
			if (photos.count(id) >= MAX_PHOTOS) {
				throw DomainException.conflict("reports.photos.too-many", MAX_PHOTOS);
			}
			AppealPhoto photo = store(id, image);
			photos.insert(photo, image.width(), image.height(), clock.instant());
			return photo.id();
		});
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

	private Map<String, String> answers(Topic topic, Map<String, String> given) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (TopicQuestion question : topics.questions(topic.id())) {
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
		return answers;
	}

	private ModerationRequested moderationRequest(Appeal appeal, Topic topic) {
		List<ModerationRequested.Similar> similar = duplicates.of(topic.id(), appeal.point(), appeal.text())
			.stream()
			.map(duplicate -> new ModerationRequested.Similar(duplicate.id().toString(), "№ " + duplicate.number(),
					duplicate.text(), "/appeals/" + duplicate.id(), duplicate.distanceMetres(), duplicate.similarity()))
			.toList();
		return new ModerationRequested(MODERATION_KIND, appeal.id().toString(), appeal.text(), appeal.author(),
				topic.name(), "/appeals/" + appeal.id(), similar);
	}

	private CleanImage sanitize(byte[] upload) {
		if (upload.length > maxPhotoBytes) {
			throw DomainException.invalid("reports.photos.too-large", maxPhotoBytes / (1024 * 1024));
		}
		return sanitizer.sanitize(upload);
	}

	/** Stores a photo's files inside the transaction: they go again if it rolls back. */
	private AppealPhoto store(AppealId appeal, CleanImage image) {
		return new AppealPhoto(UUID.randomUUID(), appeal, files.store(image.bytes()), files.store(image.thumbnail()),
				image.contentType());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
