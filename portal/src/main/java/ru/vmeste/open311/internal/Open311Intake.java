package ru.vmeste.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.ResidentAccounts;
import ru.vmeste.open311.Open311Settings;
import ru.vmeste.places.Place;
import ru.vmeste.places.Places;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.Topic;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Territory;

/**
 * Takes service requests posted by client apps: checks them as the spec and the report form
 * would, finds or opens the reporter's account by e-mail, and submits the appeal through the
 * reports module. An appeal of a reporter who has not confirmed their e-mail is held; the client
 * gets a token for it, which turns into the service request id once the reporter confirms.
 * A request repeated by the same app answers what the first one created.
 */
@Service
public class Open311Intake {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}([.,]\\d{1,3})?");

	private static final int MAX_EMAIL = 254;

	private static final int MAX_FIELD = 200;

	private static final int MAX_MEDIA_URL = 2000;

	private static final SecureRandom random = new SecureRandom();

	/**
	 * What a post answers.
	 *
	 * @param held the reporter has to confirm their e-mail first: answer the token, not the id
	 */
	public record Posted(AppealId appeal, String token, boolean held) {
	}

	private final ServiceCatalog services;

	private final Territory territory;

	private final Places places;

	private final AppealIntake intake;

	private final Appeals appeals;

	private final ResidentAccounts accounts;

	private final SubmissionStore submissions;

	private final Clock clock;

	private final Open311Settings settings;

	Open311Intake(ServiceCatalog services, Territory territory, Places places, AppealIntake intake, Appeals appeals,
			ResidentAccounts accounts, SubmissionStore submissions, Clock clock, Open311Settings settings) {
		this.services = services;
		this.territory = territory;
		this.places = places;
		this.intake = intake;
		this.appeals = appeals;
		this.accounts = accounts;
		this.submissions = submissions;
		this.clock = clock;
		this.settings = settings;
	}

	public Posted post(Caller caller, PostedRequest request, Locale locale) {
		Topic topic = services.reportable(required(request.serviceCode(), "open311.error.service-code.required"));
		GeoPoint point = location(request);
		if (territory.locate(point).isEmpty()) {
			throw Open311Error.badRequest("open311.error.location.outside");
		}
		String description = required(request.description(), "open311.error.description.required");
		if (description.strip().length() > AppealIntake.MAX_TEXT) {
			throw Open311Error.badRequest("open311.error.description.too-long", AppealIntake.MAX_TEXT);
		}
		String address = blankToNull(request.addressString());
		intake.checkText(description, address);
		Map<String, String> answers = answers(topic, request.attributes());
		String email = email(request.email());
		String mediaUrl = blankToNull(request.mediaUrl());
		if (mediaUrl != null && (mediaUrl.length() > MAX_MEDIA_URL || !mediaUrl.matches("(?i)https?://\\S+"))) {
			throw Open311Error.badRequest("open311.error.media-url.invalid");
		}
		String fingerprint = fingerprint(topic.code(), point, address, description.strip(), email, answers);
		Optional<SubmissionStore.Submission> repeated = submissions.repeated(caller.app(), fingerprint,
				clock.instant().minus(settings.repeatWindow()));
		if (repeated.isPresent()) {
			return posted(repeated.get().appeal(), repeated.get().token());
		}
		ResidentAccounts.Reporter reporter = accounts.reporter(email, name(request), limited(request.phone()), locale);
		AppealId appeal = intake.submit(reporter.user(),
				new AppealIntake.NewAppeal(topic.id(), point, address, description, answers));
		String token = token();
		submissions.insert(appeal, caller.app(), token, fingerprint, mediaUrl, clock.instant());
		return new Posted(appeal, token, !reporter.confirmed());
	}

	/** The appeal a token was answered for, once it is no longer held (the reporter confirmed). */
	@Transactional(readOnly = true)
	public Optional<Optional<AppealId>> released(String token) {
		return submissions.byToken(token)
			.map(appeal -> appeals.find(appeal).map(Appeal::status).filter(status -> status != AppealStatus.HELD)
				.map(status -> appeal));
	}

	private Posted posted(AppealId appeal, String token) {
		boolean held = appeals.find(appeal).map(found -> found.status() == AppealStatus.HELD).orElse(false);
		return new Posted(appeal, token, held);
	}

	private GeoPoint location(PostedRequest request) {
		String lat = blankToNull(request.lat());
		String lon = blankToNull(request.lon());
		if (lat != null || lon != null) {
			double latitude = coordinate(lat, 90, "open311.error.lat.invalid");
			double longitude = coordinate(lon, 180, "open311.error.long.invalid");
			return new GeoPoint(latitude, longitude);
		}
		String address = blankToNull(request.addressString());
		if (address != null) {
			if (address.length() > MAX_FIELD) {
				throw Open311Error.badRequest("open311.error.address.not-found");
			}
			return places.search(address, 1)
				.stream()
				.findFirst()
				.map(Place::point)
				.orElseThrow(() -> Open311Error.badRequest("open311.error.address.not-found"));
		}
		throw Open311Error.badRequest(blankToNull(request.addressId()) == null ? "open311.error.location.required"
				: "open311.error.address-id.unsupported");
	}

	private static double coordinate(@Nullable String value, double limit, String error) {
		if (value == null) {
			throw Open311Error.badRequest(error);
		}
		try {
			double parsed = Double.parseDouble(value);
			if (!Double.isFinite(parsed) || Math.abs(parsed) > limit) {
				throw Open311Error.badRequest(error);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw Open311Error.badRequest(error);
		}
	}

	private Map<String, String> answers(Topic topic, Map<String, String> attributes) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (AppealIntake.Question question : intake.questions(topic.id())) {
			String answer = attributes.getOrDefault(question.key(), "").strip();
			if (answer.isEmpty()) {
				if (question.required()) {
					throw Open311Error.badRequest("open311.error.attribute.required", question.key());
				}
				continue;
			}
			if (question.numeric() && !NUMBER.matcher(answer).matches()) {
				throw Open311Error.badRequest("open311.error.attribute.number", question.key());
			}
			if (answer.length() > MAX_FIELD) {
				throw Open311Error.badRequest("open311.error.attribute.too-long", question.key(), MAX_FIELD);
			}
			answers.put(question.key(), answer);
		}
		return answers;
	}

	private static String email(@Nullable String given) {
		String email = required(given, "open311.error.email.required").strip();
		if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			throw Open311Error.badRequest("open311.error.email.invalid");
		}
		return email;
	}

	private static @Nullable String name(PostedRequest request) {
		String name = ((request.firstName() == null ? "" : request.firstName()) + " "
				+ (request.lastName() == null ? "" : request.lastName())).strip();
		return name.isEmpty() ? null : limited(name);
	}

	private static String required(@Nullable String value, String error) {
		if (value == null || value.isBlank()) {
			throw Open311Error.badRequest(error);
		}
		return value;
	}

	private static @Nullable String limited(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() > MAX_FIELD ? stripped.substring(0, MAX_FIELD) : stripped;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String fingerprint(String service, GeoPoint point, @Nullable String address, String description,
			String email, Map<String, String> answers) {
		String canonical = String.join("\u0000", service, Double.toString(point.lat()), Double.toString(point.lon()),
				String.valueOf(address), description, email.toLowerCase(Locale.ROOT), new TreeMap<>(answers).toString());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
