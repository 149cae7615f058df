package ru.vmeste.open311.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import ru.vmeste.open311.Open311Settings;
import ru.vmeste.open311.internal.Caller;
import ru.vmeste.open311.internal.Open311Error;
import ru.vmeste.open311.internal.Open311Intake;
import ru.vmeste.open311.internal.PostedRequest;
import ru.vmeste.open311.internal.RequestQuery;
import ru.vmeste.open311.internal.RequestStatus;
import ru.vmeste.open311.internal.ServiceCatalog;
import ru.vmeste.open311.internal.ServiceRequest;
import ru.vmeste.open311.internal.ServiceRequests;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * GeoReport v2 service requests: post one, list them with the spec's filters, read one, turn a
 * token into an id, and the {@code servicerequestupdates} extension.
 */
@Hidden
@Controller
@ResponseBody
@RequestMapping(Open311Paths.ROOT)
@PartOf(PortalService.INFORM)
class RequestsController {

	private static final String JURISDICTION = "jurisdiction_id";

	private final Gate gate;

	private final Open311Intake intake;

	private final ServiceRequests requests;

	private final ServiceCatalog catalog;

	private final RequestViews views;

	private final DocumentWriter writer;

	private final MessageSource messages;

	private final W3cTimes times;

	private final Open311Settings settings;

	RequestsController(Gate gate, Open311Intake intake, ServiceRequests requests, ServiceCatalog catalog,
			RequestViews views, DocumentWriter writer, MessageSource messages, W3cTimes times, Open311Settings settings) {
		this.gate = gate;
		this.intake = intake;
		this.requests = requests;
		this.catalog = catalog;
		this.views = views;
		this.writer = writer;
		this.messages = messages;
		this.times = times;
		this.settings = settings;
	}

	@PostMapping("/requests.{format:json|xml}")
	ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> parameters,
			Locale locale) {
		Caller caller = gate.required(parameters.get("api_key"));
		gate.jurisdiction(parameters.get(JURISDICTION));
		Open311Intake.Posted posted = intake.post(caller, posted(parameters), locale);
		Map<String, Object> answer = new LinkedHashMap<>();
		if (posted.held()) {
			answer.put("token", posted.token());
			answer.put("service_notice", messages.getMessage("open311.notice.held", null, locale));
		}
		else {
			answer.put("service_request_id", posted.appeal().value().toString());
			answer.put("service_notice", messages.getMessage("open311.notice.moderation", null, locale));
		}
		answer.put("account_id", null);
		return writer.answer(HttpStatus.OK, Format.of(format), Document.list("service_requests", "request", List.of(answer)));
	}

	@GetMapping("/requests.{format:json|xml}")
	ResponseEntity<String> list(@PathVariable String format, @RequestParam Map<String, String> parameters,
			Locale locale) {
		gate.optional(parameters.get("api_key"));
		gate.jurisdiction(parameters.get(JURISDICTION));
		int pageSize = number(parameters.get("page_size"), "page_size", settings.maxRequests(), settings.maxRequests());
		int page = number(parameters.get("page"), "page", 1, Integer.MAX_VALUE / settings.maxRequests());
		List<ServiceRequest> found = query(parameters).map(query -> requests.find(query, page, pageSize))
			.orElse(List.of());
		return writer.answer(HttpStatus.OK, Format.of(format),
				Document.list("service_requests", "request", views.requests(found, locale)));
	}

	@GetMapping("/requests/{id}.{format:json|xml}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "api_key", required = false) @Nullable String apiKey,
			@RequestParam(name = JURISDICTION, required = false) @Nullable String jurisdiction, Locale locale) {
		gate.optional(apiKey);
		gate.jurisdiction(jurisdiction);
		ServiceRequest request = appealId(id).flatMap(requests::find)
			.orElseThrow(() -> Open311Error.notFound("open311.error.request.not-found", shortened(id)));
		return writer.answer(HttpStatus.OK, Format.of(format),
				Document.list("service_requests", "request", views.requests(List.of(request), locale)));
	}

	@GetMapping("/tokens/{token}.{format:json|xml}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "api_key", required = false) @Nullable String apiKey,
			@RequestParam(name = JURISDICTION, required = false) @Nullable String jurisdiction) {
		gate.optional(apiKey);
		gate.jurisdiction(jurisdiction);
		var released = intake.released(token)
			.orElseThrow(() -> Open311Error.notFound("open311.error.token.not-found", shortened(token)));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", released.map(appeal -> appeal.value().toString()).orElse(null));
		answer.put("token", token);
		return writer.answer(HttpStatus.OK, Format.of(format), Document.list("service_requests", "request", List.of(answer)));
	}

	@GetMapping("/servicerequestupdates.{format:json|xml}")
	ResponseEntity<String> updates(@PathVariable String format, @RequestParam Map<String, String> parameters,
			Locale locale) {
		gate.optional(parameters.get("api_key"));
		gate.jurisdiction(parameters.get(JURISDICTION));
		int pageSize = number(parameters.get("page_size"), "page_size", settings.maxRequests(), settings.maxRequests());
		int page = number(parameters.get("page"), "page", 1, Integer.MAX_VALUE / settings.maxRequests());
		Instant[] window = window(parameters, settings.updatesWindow());
		Set<AppealId> ids = ids(parameters.get("service_request_id"));
		if (parameters.get("service_request_id") != null && ids.isEmpty()) {
			return writer.answer(HttpStatus.OK, Format.of(format),
					Document.list("service_request_updates", "request_update", List.of()));
		}
		return writer.answer(HttpStatus.OK, Format.of(format), Document.list("service_request_updates",
				"request_update", views.updates(requests.updates(window[0], window[1], ids, page, pageSize), locale)));
	}

	/** The query the parameters ask for; empty when they name only ids or services that do not exist. */
	private Optional<RequestQuery> query(Map<String, String> parameters) {
		Instant[] window = window(parameters, settings.window());
		Set<AppealStatus> statuses = statuses(parameters.get("status"));
		String idList = parameters.get("service_request_id");
		Set<AppealId> ids = ids(idList);
		if (idList != null && !idList.isBlank()) {
			return ids.isEmpty() ? Optional.empty()
					: Optional.of(new RequestQuery(ids, Set.of(), statuses, window[0], window[1]));
		}
		String codes = parameters.get("service_code");
		Set<TopicId> topics = Set.of();
		if (codes != null && !codes.isBlank()) {
			topics = new LinkedHashSet<>(catalog.topicIds(List.of(codes.split(","))));
			if (topics.isEmpty()) {
				return Optional.empty();
			}
		}
		return Optional.of(new RequestQuery(ids, topics, statuses, window[0], window[1]));
	}

	/** The spec's window: both dates at most the span apart, one date and the span, or the span until now. */
	private Instant[] window(Map<String, String> parameters, Duration defaultSpan) {
		Instant start = times.parse(parameters.get("start_date"), "start_date");
		Instant end = times.parse(parameters.get("end_date"), "end_date");
		Duration longest = settings.window();
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				throw Open311Error.badRequest("open311.error.dates.inverted");
			}
			if (Duration.between(start, end).compareTo(longest) > 0) {
				throw Open311Error.badRequest("open311.error.dates.span", longest.toDays());
			}
			return new Instant[] { start, end };
		}
		if (start != null) {
			return new Instant[] { start, start.plus(defaultSpan) };
		}
		Instant until = end == null ? times.now() : end;
		return new Instant[] { until.minus(defaultSpan), until };
	}

	private static Set<AppealStatus> statuses(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return RequestStatus.listed();
		}
		Set<AppealStatus> statuses = EnumSet.noneOf(AppealStatus.class);
		for (String code : given.split(",")) {
			statuses.addAll(RequestStatus.named(code)
				.orElseThrow(() -> Open311Error.badRequest("open311.error.status.invalid", shortened(code.strip())))
				.statuses());
		}
		return statuses;
	}

	/** The ids of a comma list; what is no id cannot be a request and is left out. */
	private static Set<AppealId> ids(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return Set.of();
		}
		Set<AppealId> ids = new LinkedHashSet<>();
		Arrays.stream(given.split(",")).limit(1000).map(String::strip).forEach(id -> appealId(id).ifPresent(ids::add));
		return ids;
	}

	private static Optional<AppealId> appealId(String id) {
		try {
			return id.length() == 36 ? Optional.of(new AppealId(UUID.fromString(id)))
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static int number(@Nullable String given, String parameter, int fallback, int max) {
		if (given == null || given.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(given.strip());
			if (value < 1 || value > max) {
				throw Open311Error.badRequest("open311.error.number.range", parameter, max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw Open311Error.badRequest("open311.error.number.range", parameter, max);
		}
	}

	private static PostedRequest posted(Map<String, String> parameters) {
		Map<String, String> attributes = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("attribute[") && name.endsWith("]")) {
				attributes.put(name.substring("attribute[".length(), name.length() - 1), value);
			}
		});
		return new PostedRequest(parameters.get("service_code"), parameters.get("lat"), parameters.get("long"),
				parameters.get("address_string"), parameters.get("address_id"), attributes, parameters.get("email"),
				parameters.get("first_name"), parameters.get("last_name"), parameters.get("phone"),
				parameters.get("description"), parameters.get("media_url"));
	}

	private static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
