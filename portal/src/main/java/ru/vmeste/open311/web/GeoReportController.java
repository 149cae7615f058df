package ru.vmeste.open311.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import ru.vmeste.open311.internal.ServiceCatalog;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.Topic;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * GeoReport v2 discovery and services: what the endpoint offers and which kinds of problem it takes.
 */
@Hidden
@Controller
@ResponseBody
@RequestMapping(Open311Paths.ROOT)
@PartOf(PortalService.INFORM)
class GeoReportController {

	/** When this interface last changed (the discovery's changeset). */
	static final Instant CHANGESET = Instant.parse("2026-12-05T00:00:00Z");

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final Gate gate;

	private final ServiceCatalog catalog;

	private final DocumentWriter writer;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	private final W3cTimes times;

	GeoReportController(Gate gate, ServiceCatalog catalog, DocumentWriter writer, MessageSource messages,
			PublicUrl publicUrl, W3cTimes times) {
		this.gate = gate;
		this.catalog = catalog;
		this.writer = writer;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.times = times;
	}

	@GetMapping("/discovery.{format:json|xml}")
	ResponseEntity<String> discovery(@PathVariable String format, Locale locale) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", publicUrl.of(Open311Paths.ROOT));
		endpoint.put("changeset", times.format(CHANGESET));
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", times.format(CHANGESET));
		discovery.put("contact", messages.getMessage("open311.discovery.contact",
				new Object[] { publicUrl.of("/developers") }, locale));
		discovery.put("key_service", messages.getMessage("open311.discovery.key-service",
				new Object[] { publicUrl.of("/developers") }, locale));
		discovery.put("endpoints", List.of(endpoint));
		return writer.answer(HttpStatus.OK, Format.of(format), Document.single("discovery", discovery));
	}

	@GetMapping("/services.{format:json|xml}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, Locale locale) {
		gate.jurisdiction(jurisdiction);
		List<Map<String, Object>> services = new ArrayList<>();
		for (ServiceCatalog.Service service : catalog.services()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("service_code", service.topic().code());
			entry.put("service_name", service.topic().name().in(locale));
			entry.put("description", description(service, locale));
			entry.put("metadata", !service.attributes().isEmpty());
			entry.put("type", "realtime");
			entry.put("keywords", keywords(service.topic()));
			entry.put("group", service.group() == null ? null : service.group().name().in(locale));
			services.add(entry);
		}
		return writer.answer(HttpStatus.OK, Format.of(format), Document.list("services", "service", services));
	}

	@GetMapping("/services/{code}.{format:json|xml}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, Locale locale) {
		gate.jurisdiction(jurisdiction);
		ServiceCatalog.Service service = catalog.service(code);
		List<Map<String, Object>> attributes = new ArrayList<>();
		int order = 1;
		for (AppealIntake.Question question : service.attributes()) {
			Map<String, Object> attribute = new LinkedHashMap<>();
			attribute.put("variable", true);
			attribute.put("code", question.key());
			attribute.put("datatype", question.numeric() ? "number" : "string");
			attribute.put("required", question.required());
			attribute.put("datatype_description", question.numeric()
					? messages.getMessage("open311.attribute.number", null, locale) : null);
			attribute.put("order", order++);
			attribute.put("description", question.label().in(locale));
			attributes.add(attribute);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.topic().code());
		definition.put("attributes", attributes);
		return writer.answer(HttpStatus.OK, Format.of(format), Document.single("service_definition", definition));
	}

	private String description(ServiceCatalog.Service service, Locale locale) {
		String name = service.topic().name().in(locale);
		return service.group() == null ? name : service.group().name().in(locale) + ": " + name;
	}

	/** The topic's names in both languages and its code, for search. */
	private static String keywords(Topic topic) {
		return String.join(", ", new java.util.LinkedHashSet<>(List.of(topic.code(), topic.name().ru(), topic.name().en())));
	}

}
