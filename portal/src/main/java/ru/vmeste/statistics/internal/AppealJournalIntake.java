package ru.vmeste.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.journal.JournalConsumer;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealMerged;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReleased;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.territory.DistrictId;

/**
 * Takes every appeal event into the statistics (and the moderators' queue times), once: from the
 * appeals' journal in batches, and an event seen before (a batch taken again after a failure)
 * changes nothing.
 */
@Component
class AppealJournalIntake implements JournalConsumer<AppealEvent> {

	private final Projection projection;

	private final ModerationStore moderation;

	private final Topics topics;

	AppealJournalIntake(Projection projection, ModerationStore moderation, Topics topics) {
		this.projection = projection;
		this.moderation = moderation;
		this.topics = topics;
	}

	@Override
	public String stream() {
		return AppealEvent.JOURNAL;
	}

	@Override
	public String name() {
		return "statistics.appeals";
	}

	@Override
	public void accept(AppealEvent event) {
		acceptAll(List.of(event));
	}

	/** A batch: each appeal's figures worked out once (see {@link Projection}). */
	@Override
	public void acceptAll(List<AppealEvent> batch) {
		List<Projection.Incoming> incoming = new ArrayList<>();
		Map<Projection.Incoming, AppealEvent> events = new IdentityHashMap<>();
		for (AppealEvent event : batch) {
			Projection.Incoming taking = new Projection.Incoming(fingerprint(event), entry(event),
					event instanceof AppealAnswered answered ? answered.text() : null);
			incoming.add(taking);
			events.put(taking, event);
		}
		for (Projection.Incoming taken : projection.take(incoming)) {
			AppealEvent event = events.get(taken);
			if (event instanceof AppealReleased
					|| event instanceof AppealSubmitted submitted && "MODERATION".equals(submitted.status().name())) {
				moderation.requested(ModerationStore.APPEAL, event.appeal().value().toString(), event.at());
			}
		}
	}

	JournalEntry entry(AppealEvent event) {
		JournalEntry base = JournalEntry.of(event.appeal().value(), event.number(), kind(event), event.at(),
				event.status().name());
		return switch (event) {
			case AppealSubmitted submitted -> placed(base, submitted.topic(), submitted.district());
			case AppealPublished published -> placed(base, published.topic(), published.district())
				.located(CoarsePoint.lat(published.point()), CoarsePoint.lon(published.point()));
			case AppealRouted routed -> base.by(id(routed.organization()), id(routed.from()), null).due(routed.deadline());
			case AppealTaken taken -> base.by(id(taken.organization()), null, user(taken.by()));
			case AppealAssigned assigned -> base.by(id(assigned.organization()), null, user(assigned.executor()));
			case InformationRequested requested -> base.by(id(requested.organization()), null, null);
			case InformationProvided provided -> base.by(id(provided.organization()), null, null);
			case AppealAnswered answered -> base.by(id(answered.organization()), null, user(answered.by()))
				.answer(answered.answer());
			case AppealRated rated -> base.by(id(rated.organization()), null, null).rated(rated.score(), rated.solved());
			case AppealReopened reopened -> base.by(id(reopened.organization()), null, null).due(reopened.deadline());
			case AppealClosed closed -> base.by(id(closed.organization()), null, null).ended(closed.outcome().name());
			case AppealReleased released -> base;
			case AppealRejected rejected -> base;
			case AppealMerged merged -> base;
		};
	}

	private static EventKind kind(AppealEvent event) {
		return switch (event) {
			case AppealSubmitted submitted -> EventKind.SUBMITTED;
			case AppealReleased released -> EventKind.RELEASED;
			case AppealPublished published -> EventKind.PUBLISHED;
			case AppealRejected rejected -> EventKind.REJECTED;
			case AppealMerged merged -> EventKind.MERGED;
			case AppealRouted routed -> EventKind.ROUTED;
			case AppealTaken taken -> EventKind.TAKEN;
			case AppealAssigned assigned -> EventKind.ASSIGNED;
			case InformationRequested requested -> EventKind.INFO_REQUESTED;
			case InformationProvided provided -> EventKind.INFO_PROVIDED;
			case AppealAnswered answered -> EventKind.ANSWERED;
			case AppealRated rated -> EventKind.RATED;
			case AppealReopened reopened -> EventKind.REOPENED;
			case AppealClosed closed -> EventKind.CLOSED;
		};
	}

	/** The topic and its group (as the catalog has it now) and the district. */
	private JournalEntry placed(JournalEntry entry, TopicId topic, @Nullable DistrictId district) {
		UUID group = topics.find(topic).map(found -> found.isGroup() ? found.id() : found.parent())
			.map(TopicId::value)
			.orElse(null);
		return entry.where(topic.value(), group, district == null ? null : district.value());
	}

	private static @Nullable UUID id(@Nullable OrganizationId organization) {
		return organization == null ? null : organization.value();
	}

	private static @Nullable UUID user(@Nullable UserId user) {
		return user == null ? null : user.value();
	}

	/** The whole event, hashed: the same event delivered twice has the same fingerprint. */
	static byte[] fingerprint(AppealEvent event) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest((event.getClass().getName() + "|" + event).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
