package ru.vmeste.works;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Works and people for works tests, made through the portal's own API and services: works are
 * created by the demo official (road maintenance company, perm-roads); residents and officials
 * of other organizations are accounts made for the test.
 */
final class WorksFixtures {

	/** A test account and a bearer token for it. */
	record Account(UserId id, String email, String bearer) {
	}

	/** A point in Leninsky district, in the centre of Perm (the demo resident's district). */
	static final GeoPoint CENTRE = new GeoPoint(58.0106, 56.2420);

	private final MockMvcTester mvc;

	private final Users users;

	private final ApiTokens tokens;

	private final Territory territory;

	private final Organizations organizations;

	private final OrganizationAdministration administration;

	private final Clock clock;

	WorksFixtures(ApplicationContext context) {
		this.mvc = context.getBean(MockMvcTester.class);
		this.users = context.getBean(Users.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.territory = context.getBean(Territory.class);
		this.organizations = context.getBean(Organizations.class);
		this.administration = context.getBean(OrganizationAdministration.class);
		this.clock = context.getBean(Clock.class);
	}

	String official() {
		return DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Works JSON with the given planned dates and extra fields (each {@code "name": value}). */
	static String json(String title, LocalDate start, LocalDate end, String... extra) {
		StringBuilder json = new StringBuilder("{\"title\":\"" + title + "\",\"kind\":\"REPAIR\",\"plannedStart\":\"" + start
				+ "\",\"plannedEnd\":\"" + end + "\"");
		boolean placed = false;
		for (String field : extra) {
			json.append(',').append(field);
			placed |= field.startsWith("\"lat\"") || field.startsWith("\"geometry\"") || field.startsWith("\"objectIds\"");
		}
		if (!placed) {
			GeoPoint point = somewhereInTheCentre();
			json.append(",\"lat\":").append(point.lat()).append(",\"lon\":").append(point.lon());
		}
		return json.append('}').toString();
	}

	/** A point in the centre no other test uses, a few hundred metres around it at random. */
	static GeoPoint somewhereInTheCentre() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new GeoPoint(CENTRE.lat() - 0.004 + random.nextDouble(0.008), CENTRE.lon() - 0.008 + random.nextDouble(0.016));
	}

	MvcTestResult create(String bearer, String json) {
		return mvc.post().uri("/api/v1/works").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** Creates works as the demo official, planned from a month ago for two months; answers the id. */
	String work(String title) {
		return work(title, today().minusMonths(1), today().plusMonths(1));
	}

	String work(String title, LocalDate start, LocalDate end, String... extra) {
		return JsonPath.read(body(create(official(), json(title, start, end, extra))), "$.id");
	}

	MvcTestResult status(String bearer, String work, String status, String reason) {
		return mvc.post()
			.uri("/api/v1/works/{id}/status", work)
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"" + status + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}")
			.exchange();
	}

	/** Moves works along statuses as the demo official, each step expected to succeed. */
	void move(String work, String... statuses) {
		String official = official();
		for (String status : statuses) {
			MvcTestResult result = status(official, work, status, "Причина: " + status);
			if (result.getResponse().getStatus() != 200) {
				throw new IllegalStateException(status + ": " + body(result));
			}
		}
	}

	/** A resident with an address in the district (by code). */
	Account resident(String districtCode) {
		Account account = account(Set.of(Role.RESIDENT));
		District district = territory.districts().stream().filter(d -> d.code().equals(districtCode)).findFirst()
			.orElseThrow();
		users.updateProfile(account.id(), "Тестовый житель", null, "Пермь", CENTRE, district.id(), null);
		return account;
	}

	/** An official of another organization than the demo official's, e.g. {@code perm-greenery}. */
	Account officialOf(String organizationCode) {
		Account account = account(Set.of(Role.OFFICIAL));
		administration.addMember(organizations.byCode(organizationCode).orElseThrow().id(), account.email(),
				MemberRole.HEAD);
		return account;
	}

	private Account account(Set<Role> roles) {
		UserId id = UserId.random();
		String email = "works-" + id + "@example.org";
		Instant now = clock.instant();
		users.insert(id, email, "{noop}unused", "Тестовый пользователь", Locale.forLanguageTag("ru"), now, roles);
		users.confirmEmail(id, now);
		return new Account(id, email, "Bearer " + tokens.issue(id).secret());
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
