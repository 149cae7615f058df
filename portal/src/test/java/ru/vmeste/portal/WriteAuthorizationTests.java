package ru.vmeste.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Sweeps over every write endpoint of every module, so a new endpoint cannot forget its rule:
 * an anonymous caller is refused (401 or 403 from the API, a redirect to the sign-in page from
 * the web) everywhere but on the few writes that are public by nature, and a resident is
 * refused every write of the staff areas.
 */
@PortalTest
class WriteAuthorizationTests {

	/**
	 * Writes anyone may make: signing up, signing in for an API token, recovering a password, and
	 * answering an appeal through the reply link of a letter to an organization and the one-click
	 * unsubscribe of a mail (the link's token is the credential; the EDMS webhook's signature is
	 * checked the same way but answers 401).
	 */
	private static final Set<String> PUBLIC_WRITES = Set.of("POST /account/forgot", "POST /account/register",
			"POST /account/reset", "POST /api/v1/auth/register", "POST /api/v1/auth/token", "POST /letters/{token}",
			"POST /open311/v2/requests.{format:json|xml}", "POST /unsubscribe/{token}");

	/** Where only staff write: administration, managing works and votes, inboxes, moderation. */
	private static final List<String> STAFF_AREAS = List.of("/admin/", "/manage/", "/inbox/", "/moderation/", "/staff/",
			"/api/v1/admin/", "/api/v1/inbox", "/api/v1/moderation");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Test
	void everyWriteRefusesAnAnonymousCallerButThePublicOnes() {
		Set<String> admitted = new TreeSet<>();
		List<String> checked = new ArrayList<>();
		writes((verb, pattern, path) -> {
			MvcTestResult result = mvc.perform(request(HttpMethod.valueOf(verb.name()), path).with(csrf())
				.contentType("application/json")
				.content("{}"));
			int status = result.getResponse().getStatus();
			String location = String.valueOf(result.getResponse().getHeader("Location"));
			checked.add(verb + " " + pattern);
			if (!(status == 401 || status == 403 || (status == 302 && location.contains("/login")))) {
				admitted.add(verb + " " + pattern);
			}
		});
		assertThat(checked).hasSizeGreaterThan(50);
		assertThat(admitted).as("writes an anonymous caller got through to").isEqualTo(PUBLIC_WRITES);
	}

	@Test
	void aResidentIsRefusedEveryWriteOfTheStaffAreas() {
		Set<String> admitted = new TreeSet<>();
		List<String> checked = new ArrayList<>();
		writes((verb, pattern, path) -> {
			if (STAFF_AREAS.stream().noneMatch(pattern::startsWith)) {
				return;
			}
			MvcTestResult result = mvc.perform(request(HttpMethod.valueOf(verb.name()), path).with(csrf())
				.with(SignedIn.as(users, DemoAccounts.RESIDENT))
				.contentType("application/json")
				.content("{}"));
			checked.add(verb + " " + pattern);
			if (result.getResponse().getStatus() != 403) {
				admitted.add(verb + " " + pattern + " -> " + result.getResponse().getStatus());
			}
		});
		assertThat(checked).hasSizeGreaterThan(20);
		assertThat(admitted).as("staff writes a resident got through to").isEmpty();
	}

	/** A write endpoint: its verb, its pattern, and a path with random ids in its variables. */
	@FunctionalInterface
	private interface WriteCheck {

		void check(RequestMethod verb, String pattern, String path);

	}

	private void writes(WriteCheck check) {
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
				if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					check.check(verb, pattern, pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
				}
			}
		});
	}

}
