package ru.vmeste.edms.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.edms.connector.DocumentMessage;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.connector.OutgoingDocument;
import ru.vmeste.edms.internal.DocumentStore.Document;
import ru.vmeste.edms.internal.Outbox.Kind;
import ru.vmeste.edms.internal.Outbox.Message;
import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.reports.Topics;
import ru.vmeste.territory.Territory;

/**
 * Writes a queued message out as the EDMS gets it, from the modules' public APIs at the moment
 * of sending: the queue keeps ids and facts only, and the author's contacts are read from
 * identity just for the registration that needs them.
 */
@Component
class DocumentComposer {

	private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

	private final Appeals appeals;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final Residents residents;

	private final PublicUrl pages;

	private final JsonMapper json;

	private final ExternalHandling external;

	DocumentComposer(Appeals appeals, Topics topics, Territory territory, Organizations organizations,
			Residents residents, PublicUrl pages, JsonMapper json, ExternalHandling external) {
		this.appeals = appeals;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
		this.residents = residents;
		this.pages = pages;
		this.json = json;
		this.external = external;
	}

	/** The registration of the appeal; empty when the appeal is gone. */
	Optional<OutgoingDocument> registration(Message message, Document document) {
		Optional<Appeal> found = appeals.find(message.appeal());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Appeal appeal = found.get();
		Optional<Contact> author = residents.contactOf(appeal.author());
		Map<String, Object> facts = facts(message);
		String deadline = (String) facts.get("deadline");
		String topicCode = topics.find(appeal.topic()).map(topic -> topic.code()).orElse("");
		String topicName = topics.find(appeal.topic()).map(topic -> topic.name().in(RUSSIAN)).orElse("");
		String district = appeal.district() == null ? null
				: territory.district(appeal.district()).map(place -> place.name().in(RUSSIAN)).orElse(null);
		List<FileLink> photos = external.photos(appeal.id())
			.stream()
			.map(photo -> new FileLink("photo-" + photo.path().substring(photo.path().lastIndexOf('/') + 1),
					photo.contentType(), URI.create(pages.of(photo.path()))))
			.toList();
		return Optional.of(new OutgoingDocument(appeal.id().toString(), appeal.number(), message.sequence(),
				appeal.text(), new OutgoingDocument.Topic(topicCode, topicName),
				new OutgoingDocument.Place(appeal.point().lat(), appeal.point().lon(), appeal.address(), district), photos,
				author.map(contact -> new OutgoingDocument.Author(contact.name(), contact.email())).orElse(null), addressee(document.organization()),
				deadline == null ? appeal.deadline() : LocalDate.parse(deadline), appeal.createdAt(),
				URI.create(pages.of("/appeals/" + appeal.id()))));
	}

	/** A later message about the registered appeal; the author's reply is read from reports when sent. */
	DocumentMessage message(Message message) {
		Map<String, Object> facts = facts(message);
		String text = message.kind() == Kind.INFORMATION
				? external.informationReply(message.appeal(), message.eventAt()).orElse(null) : (String) facts.get("text");
		DocumentMessage.Type type = DocumentMessage.Type.valueOf(message.kind().name());
		OutgoingDocument.Addressee organization = message.kind() == Kind.READDRESSED && facts.get("organization") != null
				? addressee(new OrganizationId(java.util.UUID.fromString((String) facts.get("organization")))) : null;
		return new DocumentMessage(type, message.appeal().toString(), message.sequence(), message.eventAt(), organization,
				Boolean.TRUE.equals(facts.get("withdrawn")), text, integer(facts.get("score")),
				(Boolean) facts.get("solved"), (String) facts.get("outcome"));
	}

	private OutgoingDocument.Addressee addressee(OrganizationId id) {
		Organization organization = organizations.find(id).orElse(null);
		return new OutgoingDocument.Addressee(id.value().toString(), organization == null ? "" : organization.code(),
				organization == null ? "" : organization.name().in(RUSSIAN));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> facts(Message message) {
		return json.readValue(message.facts(), Map.class);
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return value instanceof Number number ? number.intValue() : null;
	}

}
