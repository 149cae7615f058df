package ru.vmeste.edms.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.internal.DocumentStore.Document;
import ru.vmeste.edms.internal.Outbox.Attempt;
import ru.vmeste.edms.internal.Outbox.Counts;
import ru.vmeste.edms.internal.Outbox.Message;
import ru.vmeste.edms.internal.Outbox.State;
import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organization;
import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * What the operator sees and does: the queue's counts, the last sync, messages by state, one
 * appeal's whole delivery history, and dead letters put back into the queue.
 */
@Service
@Transactional(readOnly = true)
public class EdmsOperations {

	/** The queue and the sync at a glance. */
	public record Overview(boolean configured, @Nullable String baseUrl, Counts counts, SyncSchedule.State sync,
			List<Organization> organizations) {
	}

	/** Everything about one appeal's delivery. */
	public record History(Document document, List<Message> messages, List<Attempt> attempts,
			List<ChangeLog.Entry> changes) {
	}

	private final EdmsSettings settings;

	private final Outbox outbox;

	private final DocumentStore documents;

	private final ChangeLog changes;

	private final SyncSchedule schedule;

	private final DeliveryChannels channels;

	private final Clock clock;

	EdmsOperations(EdmsSettings settings, Outbox outbox, DocumentStore documents, ChangeLog changes,
			SyncSchedule schedule, DeliveryChannels channels, Clock clock) {
		this.settings = settings;
		this.outbox = outbox;
		this.documents = documents;
		this.changes = changes;
		this.schedule = schedule;
		this.channels = channels;
		this.clock = clock;
	}

	public Overview overview() {
		return new Overview(settings.enabled(), settings.baseUrl() == null ? null : settings.baseUrl().toString(),
				outbox.counts(), schedule.state(), channels.using(DeliveryChannel.EDMS));
	}

	public Paged<Outbox.Queued> messages(State state, PageQuery page) {
		return outbox.inState(state, page);
	}

	public Optional<History> history(AppealId appeal) {
		return documents.find(appeal)
			.map(document -> new History(document, outbox.ofAppeal(appeal), outbox.attemptsOf(appeal),
					changes.ofAppeal(appeal)));
	}

	/** Puts a dead letter back into the queue and has the next sync come at the next look. */
	@Transactional
	public boolean retry(UUID message) {
		boolean retried = outbox.retry(message, clock.instant());
		if (retried) {
			schedule.runSoon(clock.instant());
		}
		return retried;
	}

	@Transactional
	public int retryAllDead() {
		int retried = outbox.retryAllDead(clock.instant());
		schedule.runSoon(clock.instant());
		return retried;
	}

	/** The next sync comes at the next look of any instance. */
	@Transactional
	public void syncNow() {
		schedule.runSoon(clock.instant());
	}

}
