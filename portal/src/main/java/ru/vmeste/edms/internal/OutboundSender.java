package ru.vmeste.edms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.edms.connector.EdmsRefused;
import ru.vmeste.edms.connector.EdmsUnavailable;
import ru.vmeste.edms.connector.OutgoingDocument;
import ru.vmeste.edms.connector.Registration;
import ru.vmeste.edms.internal.DocumentStore.Document;
import ru.vmeste.edms.internal.Outbox.Message;

/**
 * Sends due messages to the EDMS, at most a batch per sync, each with its own id as the
 * idempotency key. A message the EDMS refuses waits longer each time (the wait doubles from one
 * sync up to the maximum back-off) and becomes a dead letter after the last attempt; when the
 * EDMS cannot be reached at all the sync stops at once instead of knocking on every message.
 */
class OutboundSender {

	private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

	/** What one sync's sending came to; {@code unavailable} says why it stopped early. */
	record Outcome(int delivered, int failed, @Nullable String lastError, boolean unavailable) {
	}

	private final EdmsSettings settings;

	private final Outbox outbox;

	private final DocumentStore documents;

	private final DocumentComposer composer;

	private final EdmsConnector connector;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OutboundSender(EdmsSettings settings, Outbox outbox, DocumentStore documents, DocumentComposer composer,
			EdmsConnector connector, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.outbox = outbox;
		this.documents = documents;
		this.composer = composer;
		this.connector = connector;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Sends up to a batch; {@code stillOurs} renews the sync's lease and says whether to go on. */
	Outcome send(BooleanSupplier stillOurs) {
		int delivered = 0;
		int failed = 0;
		String lastError = null;
		while (delivered + failed < settings.batchSize()) {
			List<Message> due = outbox.due(clock.instant(), settings.batchSize() - delivered - failed);
			if (due.isEmpty()) {
				break;
			}
			for (Message message : due) {
				try {
					deliver(message);
					delivered++;
				}
				catch (EdmsRefused ex) {
					lastError = fail(message, ex.getMessage());
					failed++;
				}
				catch (EdmsUnavailable ex) {
					return new Outcome(delivered, failed + 1, fail(message, ex.getMessage()), true);
				}
				if (!stillOurs.getAsBoolean()) {
					return new Outcome(delivered, failed, lastError, false);
				}
			}
		}
		return new Outcome(delivered, failed, lastError, false);
	}

	private void deliver(Message message) {
		Document document = documents.find(message.appeal()).orElseThrow();
		String key = message.id().toString();
		if (message.kind() == Outbox.Kind.REGISTER) {
			Optional<OutgoingDocument> registration = composer.registration(message, document);
			if (registration.isEmpty()) {
				transaction.executeWithoutResult(status -> outbox.skipped(message, "the appeal is gone", clock.instant()));
				return;
			}
			Registration registered = connector.register(registration.get(), key);
			if (registered.number() == null || registered.number().isBlank() || registered.registeredAt() == null) {
				throw new EdmsRefused("the EDMS registered the appeal without a number or date");
			}
			transaction.executeWithoutResult(status -> {
				documents.registered(message.appeal(), registered);
				outbox.delivered(message, clock.instant());
			});
			return;
		}
		if (document.number() == null) {
			throw new EdmsRefused("the appeal has no registration number yet");
		}
		connector.send(document.number(), composer.message(message), key);
		transaction.executeWithoutResult(status -> outbox.delivered(message, clock.instant()));
	}

	private String fail(Message message, @Nullable String error) {
		String reason = error == null ? "unknown error" : error;
		Instant now = clock.instant();
		boolean dead = message.attempts() + 1 >= settings.maxAttempts();
		Instant next = now.plus(backoff(message.attempts()));
		transaction.executeWithoutResult(status -> outbox.failed(message, reason, now, next, dead));
		if (dead) {
			log.warn("EDMS message {} ({} of appeal {}) is a dead letter after {} attempts: {}", message.id(),
					message.kind(), message.appeal(), message.attempts() + 1, reason);
		}
		return reason;
	}

	/**
	 * How long a message waits after its {@code earlierFailures + 1}-th failure: until the next
	 * sync, then 2, 4, 8 … sync intervals, never longer than the maximum back-off. (Half an
	 * interval less than that many intervals, because the sync that failed began a little earlier.)
	 */
	Duration backoff(int earlierFailures) {
		Duration interval = settings.syncInterval();
		Duration wait = interval;
		for (int i = 0; i < earlierFailures && wait.compareTo(settings.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		wait = wait.minus(interval.dividedBy(2));
		return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
	}

}
