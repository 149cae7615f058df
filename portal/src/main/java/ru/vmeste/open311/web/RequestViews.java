package ru.vmeste.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.open311.internal.RequestStatus;
import ru.vmeste.open311.internal.RequestUpdate;
import ru.vmeste.open311.internal.ServiceCatalog;
import ru.vmeste.open311.internal.ServiceRequest;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;

/**
 * Service requests and updates with the spec's fields, in the spec's order, for one answer:
 * names of topics and organizations are read once per answer, never per request.
 */
@Component
class RequestViews {

	private final ServiceCatalog catalog;

	private final Organizations organizations;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	private final W3cTimes times;

	RequestViews(ServiceCatalog catalog, Organizations organizations, MessageSource messages, PublicUrl publicUrl,
			W3cTimes times) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.times = times;
	}

	List<Map<String, Object>> requests(List<ServiceRequest> requests, Locale locale) {
		Map<TopicId, Topic> topics = catalog.topicsById();
		Map<OrganizationId, Organization> agencies = agencies();
		return requests.stream().map(request -> request(request, topics, agencies, locale)).toList();
	}

	List<Map<String, Object>> updates(List<RequestUpdate> updates, Locale locale) {
		Map<OrganizationId, Organization> agencies = agencies();
		return updates.stream().map(update -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("update_id", Long.toString(update.id()));
			entry.put("service_request_id", update.appeal().value().toString());
			entry.put("status", update.closed() ? RequestStatus.CLOSED.code() : RequestStatus.OPEN.code());
			entry.put("updated_datetime", times.format(update.at()));
			entry.put("description", update.answer() != null ? update.answer()
					: messages.getMessage("open311.update." + update.change(),
							new Object[] { name(agencies, update.organization(), locale) }, update.change(), locale));
			entry.put("media_url", null);
			return entry;
		}).toList();
	}

	private Map<String, Object> request(ServiceRequest request, Map<TopicId, Topic> topics,
			Map<OrganizationId, Organization> agencies, Locale locale) {
		Topic topic = topics.get(request.topic());
		RequestStatus status = RequestStatus.of(request.status()).orElseThrow();
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("service_request_id", request.appeal().value().toString());
		entry.put("status", status.code());
		entry.put("status_notes", status == RequestStatus.CLOSED ? request.answer() : null);
		entry.put("service_name", topic == null ? null : topic.name().in(locale));
		entry.put("service_code", topic == null ? null : topic.code());
		entry.put("description", request.description());
		entry.put("agency_responsible", name(agencies, request.organization(), locale));
		entry.put("service_notice", null);
		entry.put("requested_datetime", times.format(request.requestedAt()));
		entry.put("updated_datetime", times.format(request.updatedAt()));
		entry.put("expected_datetime", times.format(request.expected()));
		entry.put("address", request.address());
		entry.put("address_id", null);
		entry.put("zipcode", null);
		entry.put("lat", request.lat());
		entry.put("long", request.lon());
		entry.put("media_url", request.mediaPath() == null ? null : publicUrl.of(request.mediaPath()));
		return entry;
	}

	private Map<OrganizationId, Organization> agencies() {
		return organizations.all().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
	}

	private static @Nullable String name(Map<OrganizationId, Organization> agencies,
			@Nullable OrganizationId organization, Locale locale) {
		Organization found = organization == null ? null : agencies.get(organization);
		return found == null ? null : found.name().in(locale);
	}

}
