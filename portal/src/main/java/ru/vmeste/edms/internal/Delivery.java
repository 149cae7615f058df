package ru.vmeste.edms.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.internal.DocumentStore.Document;
import ru.vmeste.edms.internal.Outbox.Kind;
import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * Decides which appeal events the EDMS must hear of and queues them, in the order they happened:
 * an appeal routed to an organization on the EDMS channel is registered there; once it is, its
 * re-routing, the author's information, rating, reopening and closing follow it. An appeal routed
 * to an organization on the e-mail channel gets a letter with a reply link.
 */
@Service
public class Delivery {

	private final EdmsSettings settings;

	private final DeliveryChannels channels;

	private final DocumentStore documents;

	private final Outbox outbox;

	private final JsonMapper json;

	private final LetterService letters;

	private final Clock clock;

	Delivery(EdmsSettings settings, DeliveryChannels channels, DocumentStore documents, Outbox outbox,
			LetterService letters, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.channels = channels;
		this.documents = documents;
		this.outbox = outbox;
		this.letters = letters;
		this.json = json;
		this.clock = clock;
	}

	/** An appeal was routed, or re-routed {@code from} another organization, to {@code to}. */
	@Transactional
	public void routed(AppealId appeal, long number, OrganizationId to, @Nullable OrganizationId from,
			@Nullable LocalDate deadline, Instant at) {
		DeliveryChannel channel = channels.of(to);
		if (channel == DeliveryChannel.EMAIL) {
			letters.issue(appeal, number, to, at);
		}
		boolean toEdms = settings.enabled() && channel == DeliveryChannel.EDMS;
		Optional<Document> known = documents.find(appeal);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("organization", to.value().toString());
		facts.put("from", from == null ? null : from.value().toString());
		facts.put("deadline", deadline == null ? null : deadline.toString());
		if (known.isEmpty()) {
			if (toEdms) {
				documents.enter(appeal, number, to, clock.instant());
				queue(appeal, Kind.REGISTER, facts, at);
			}
			return;
		}
		if (toEdms) {
			documents.enter(appeal, number, to, clock.instant());
			facts.put("withdrawn", false);
			queue(appeal, Kind.READDRESSED, facts, at);
		}
		else if (known.get().active()) {
			documents.leave(appeal);
			facts.put("withdrawn", true);
			queue(appeal, Kind.READDRESSED, facts, at);
		}
	}

	/** Something happened to an appeal; queued only when the appeal is with the EDMS. */
	@Transactional
	public void happened(AppealId appeal, Kind kind, Map<String, Object> facts, Instant at) {
		if (documents.find(appeal).filter(Document::active).isPresent()) {
			queue(appeal, kind, facts, at);
		}
	}

	private void queue(AppealId appeal, Kind kind, Map<String, Object> facts, Instant at) {
		int sequence = documents.nextSequence(appeal);
		outbox.add(appeal, sequence, kind, json.writeValueAsString(facts), at, clock.instant());
	}

}
