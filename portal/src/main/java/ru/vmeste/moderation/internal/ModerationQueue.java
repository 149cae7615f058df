package ru.vmeste.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.moderation.ModerationSettings;
import ru.vmeste.moderation.internal.ItemStore.DecisionRecord;
import ru.vmeste.moderation.internal.ModerationItem.State;
import ru.vmeste.shared.DomainException;

/**
 * The moderators' queue: every module's content arrives as {@link ModerationRequested}, gets
 * the automatic checks and waits for a moderator, who publishes, rejects or merges it into a
 * duplicate; the asking module hears the outcome as {@link ContentModerated}. With
 * {@code vmeste.moderation.auto-publish} on, content that passes every check is published at once.
 */
@Service
public class ModerationQueue {

	/** What a moderator decides. */
	public enum Verdict {

		PUBLISH, REJECT, MERGE

	}

	/** A moderator's decision on an item. */
	public record Decision(Verdict verdict, @Nullable String reason, @Nullable String editedText,
			@Nullable String duplicateOf) {
	}

	static final int MAX_TEXT = 5000;

	private final ItemStore items;

	private final TextChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean autoPublish;

	ModerationQueue(ItemStore items, TextChecks checks, ApplicationEventPublisher events, Clock clock,
			ModerationSettings settings) {
		this.items = items;
		this.checks = checks;
		this.events = events;
		this.clock = clock;
		this.autoPublish = settings.autoPublish();
	}

	/** Queues the content of a request (from the journal, {@link QueueIntake}), checked; a request seen before adds nothing. */
	void take(ModerationRequested request) {
		TextChecks.Findings findings = checks.of(request.text(), request.author());
		ModerationItem item = new ModerationItem(UUID.randomUUID(), request.kind(), request.subjectId(), request.author(),
				request.title(), request.text(), request.link(), State.PENDING, findings.profanity(), findings.spam(),
				request.similar(), clock.instant(), null);
		if (items.insert(item) && autoPublish && !item.isFlagged()) {
			record(item, new Decision(Verdict.PUBLISH, null, null, null), null);
		}
	}

	/** Decides the pending item of a subject, e.g. an appeal by its id. */
	@Transactional
	public void decide(String kind, String subjectId, Decision decision, UserId moderator) {
		ModerationItem item = items.find(kind, subjectId)
			.orElseThrow(() -> DomainException.notFound("moderation.item.not-found"));
		decide(item.id(), decision, moderator);
	}

	@Transactional
	public void decide(UUID itemId, Decision decision, UserId moderator) {
		ModerationItem item = items.lock(itemId).orElseThrow(() -> DomainException.notFound("moderation.item.not-found"));
		if (item.state() != State.PENDING) {
			throw DomainException.conflict("moderation.item.decided");
		}
		record(item, validated(item, decision), moderator);
	}

	private Decision validated(ModerationItem item, Decision decision) {
		String reason = blankToNull(decision.reason());
		if (reason != null && reason.length() > 1000) {
			throw DomainException.invalid("moderation.reason.too-long");
		}
		return switch (decision.verdict()) {
			case PUBLISH -> {
				String edited = blankToNull(decision.editedText());
				if (edited != null && edited.length() > MAX_TEXT) {
					throw DomainException.invalid("moderation.text.too-long", MAX_TEXT);
				}
				yield new Decision(Verdict.PUBLISH, reason, edited == null || edited.equals(item.text()) ? null : edited,
						null);
			}
			case REJECT -> {
				if (reason == null) {
					throw DomainException.invalid("moderation.reason.required");
				}
				yield new Decision(Verdict.REJECT, reason, null, null);
			}
			case MERGE -> {
				String target = blankToNull(decision.duplicateOf());
				boolean known = target != null && !target.equals(item.subjectId())
						&& (item.similar().stream().anyMatch(similar -> similar.subjectId().equals(target))
								|| items.isPublished(item.kind(), target));
				if (!known) {
					throw DomainException.invalid("moderation.merge.unknown");
				}
				yield new Decision(Verdict.MERGE, reason, null, target);
			}
		};
	}

	private void record(ModerationItem item, Decision decision, @Nullable UserId moderator) {
		Instant now = clock.instant();
		State state = switch (decision.verdict()) {
			case PUBLISH -> State.PUBLISHED;
			case REJECT -> State.REJECTED;
			case MERGE -> State.MERGED;
		};
		items.decide(item.id(), state, new DecisionRecord(decision.verdict().name(), decision.reason(),
				decision.editedText(), decision.duplicateOf(), moderator, now));
		events.publishEvent(new ContentModerated(item.kind(), item.subjectId(), state == State.PUBLISHED,
				decision.reason(), decision.editedText(), decision.duplicateOf(), moderator, now));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
