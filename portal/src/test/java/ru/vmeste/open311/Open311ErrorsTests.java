package ru.vmeste.open311;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.open311.GeoReportSpec.Shape;
import ru.vmeste.reports.Reporting;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets the spec's error ({@code <errors><error><code/><description/>} or
 * {@code [{"code", "description"}]}) with the code as the HTTP status, in the call's format, never
 * a 5xx; a refused post leaves no appeal behind.
 */
@PortalTest
class Open311ErrorsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ClientApps apps;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Open311Calls open311;

	Map<String, String> valid;

	@BeforeEach
	void client() {
		open311 = new Open311Calls(mvc);
		valid = Open311Calls.pothole(DemoAccounts.RESIDENT, Reporting.somewhereInTheCentre(), "Яма у остановки");
	}

	@Test
	void badPostsAreRefusedWithTheSpecsErrorInBothFormatsAndCreateNothing() {
		long before = submissions();
		String revoked = apps.register("Revoked app", "dev@example.org", 10, null).key();
		apps.revoke(apps.byKey(revoked).orElseThrow().id());
		Map<Map<String, String>, Integer> cases = new java.util.LinkedHashMap<>();
		cases.put(Open311Calls.with(valid, "service_code", null), 400);
		cases.put(Open311Calls.with(valid, "service_code", "no-such-service"), 404);
		cases.put(Open311Calls.with(valid, "service_code", "roads"), 404);
		cases.put(Open311Calls.with(Open311Calls.with(valid, "lat", null), "long", null), 400);
		cases.put(Open311Calls.with(valid, "lat", "999"), 400);
		cases.put(Open311Calls.with(valid, "long", "abc"), 400);
		cases.put(Open311Calls.with(valid, "lat", "NaN"), 400);
		cases.put(Open311Calls.with(Open311Calls.with(valid, "lat", "55.75"), "long", "37.62"), 400);
		cases.put(Open311Calls.with(valid, "description", "я".repeat(200_000)), 400);
		cases.put(Open311Calls.with(valid, "description", null), 400);
		cases.put(Open311Calls.with(valid, "description", "<script>alert(1)</script>"), 400);
		cases.put(Open311Calls.with(valid, "email", null), 400);
		cases.put(Open311Calls.with(valid, "email", "not-an-address"), 400);
		cases.put(Open311Calls.with(valid, "media_url", "file:///etc/passwd"), 400);
		cases.put(Open311Calls.with(valid, "api_key", null), 401);
		cases.put(Open311Calls.with(valid, "api_key", "wrong-key-wrong-key"), 403);
		cases.put(Open311Calls.with(valid, "api_key", revoked), 403);
		cases.put(Open311Calls.with(valid, "jurisdiction_id", "moscow"), 404);
		cases.put(Open311Calls.with(valid, "attribute[" + java.util.UUID.randomUUID() + "]", "x"), 200);
		for (var entry : cases.entrySet()) {
			for (String format : List.of("xml", "json")) {
				MvcTestResult answer = open311.post(format, entry.getKey());
				if (entry.getValue() == 200) {
					assertThat(answer).hasStatusOk();
					continue;
				}
				assertError(answer, format, entry.getValue());
			}
		}
		assertThat(submissions()).as("only the request with an unknown extra attribute was taken")
			.isEqualTo(before + 1);
	}

	@Test
	void aNumericAttributeMustBeANumber() {
		String code = Open311Calls.json(open311.get("services/pothole.json"), GeoReportSpec.DEFINITION).isEmpty() ? ""
				: GeoReportSpec.jsonList(Reporting.body(open311.get("services/pothole.json")), "attributes",
						GeoReportSpec.ATTRIBUTE).getFirst().get("code");
		assertError(open311.post("xml", Open311Calls.with(valid, "attribute[" + code + "]", "большая")), "xml", 400);
	}

	@Test
	void badReadsAreRefusedWithTheSpecsError() {
		Object[][] cases = { { "requests.%s?start_date=yesterday", 400 }, { "requests.%s?end_date=2026-13-45T00:00:00Z", 400 },
				{ "requests.%s?start_date=2026-01-01T00:00:00Z&end_date=2025-01-01T00:00:00Z", 400 },
				{ "requests.%s?start_date=2025-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", 400 },
				{ "requests.%s?status=pending", 400 }, { "requests.%s?page_size=100000", 400 },
				{ "requests.%s?page=-1", 400 }, { "requests.%s?page=x", 400 },
				{ "servicerequestupdates.%s?start_date=2026-12-04+10:00", 400 },
				{ "requests.%s?jurisdiction_id=moscow", 404 }, { "services.%s?jurisdiction_id=moscow", 404 },
				{ "services/no-such-service.%s", 404 }, { "requests/not-an-id.%s", 404 },
				{ "requests/00000000-0000-0000-0000-000000000000.%s", 404 }, { "tokens/no-such-token.%s", 404 },
				{ "requests.%s?api_key=wrong-key-wrong-key", 403 }, { "nothing-here.%s", 404 } };
		for (Object[] entry : cases) {
			for (String format : List.of("xml", "json")) {
				assertError(mvc.get().uri(Open311Calls.ROOT + String.format((String) entry[0], format)).exchange(), format,
						(Integer) entry[1]);
			}
		}
	}

	@Test
	void wrongMethodsAndFormatsAreRefusedInTheSpecsFormat() {
		assertError(mvc.delete().uri(Open311Calls.ROOT + "requests.json").exchange(), "json", 405);
		assertError(mvc.post().uri(Open311Calls.ROOT + "services.xml").exchange(), "xml", 405);
		assertError(mvc.get().uri(Open311Calls.ROOT + "services.csv").exchange(), "xml", 400);
		assertError(mvc.post().uri(Open311Calls.ROOT + "requests.json").contentType(MediaType.APPLICATION_JSON)
			.content("{\"service_code\":\"pothole\"}").exchange(), "json", 401);
	}

	@Test
	void anAppOverItsLimitIsToldToWait() {
		String key = apps.register("Busy app", "dev@example.org", 2, null).key();
		for (int i = 0; i < 2; i++) {
			assertThat(open311.get("requests.json", "api_key", key)).hasStatusOk();
		}
		MvcTestResult limited = open311.get("requests.json", "api_key", key);
		assertError(limited, "json", 429);
		assertThat(limited.getResponse().getHeader("Retry-After")).isEqualTo("60");
		assertThat(open311.get("requests.json")).hasStatusOk();
	}

	private long submissions() {
		return jdbc.sql("select count(*) from open311_submissions").query(Long.class).single();
	}

	static void assertError(MvcTestResult answer, String format, int status) {
		assertThat(answer.getResponse().getStatus()).as("status of %s", Reporting.body(answer)).isEqualTo(status);
		Shape errors = GeoReportSpec.ERRORS;
		List<Map<String, String>> records = "xml".equals(format) ? Open311Calls.xml(answer, errors)
				: Open311Calls.json(answer, errors);
		assertThat(records).singleElement().satisfies(error -> {
			assertThat(error).containsEntry("code", Integer.toString(status));
			assertThat(error.get("description")).isNotBlank().doesNotContain("Exception", "open311.error");
		});
	}

}
