package ru.vmeste.open311;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GeoReport v2 call in both formats, each answer checked against the spec's field lists and
 * datatypes ({@link GeoReportSpec}); XML well-formed and namespace-free as the spec's examples.
 */
@PortalTest
class GeoReportCallsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	AppealIntake intake;

	Open311Calls open311;

	@BeforeEach
	void client() {
		open311 = new Open311Calls(mvc);
	}

	@Test
	void discoveryNamesTheEndpointWithTheSpecificationAndBothFormats() {
		MvcTestResult xml = open311.get("discovery.xml");
		assertThat(xml).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_XML);
		assertThat(Open311Calls.xml(xml, GeoReportSpec.DISCOVERY)).singleElement()
			.satisfies(discovery -> assertThat(discovery).containsEntry("endpoints", "1"));
		assertThat(GeoReportSpec.xmlList(Reporting.body(xml), GeoReportSpec.ENDPOINT)).singleElement()
			.satisfies(endpoint -> {
				assertThat(endpoint.get("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
				assertThat(endpoint.get("url")).endsWith("/open311/v2");
				assertThat(endpoint).containsEntry("formats", "2");
			});
		assertThat(Reporting.body(xml)).contains("<format>text/xml</format>", "<format>application/json</format>");

		MvcTestResult json = open311.get("discovery.json");
		assertThat(json).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(Open311Calls.json(json, GeoReportSpec.DISCOVERY)).singleElement()
			.satisfies(discovery -> assertThat(discovery).containsEntry("endpoints", "1"));
		assertThat(GeoReportSpec.jsonList(Reporting.body(json), "endpoints", GeoReportSpec.ENDPOINT)).hasSize(1);
	}

	@Test
	void servicesAreTheReportableTopicsWithTheirGroupAndMetadataWhereTheTopicAsksQuestions() {
		for (String format : List.of("xml", "json")) {
			MvcTestResult answer = open311.get("services." + format, "jurisdiction_id", "perm");
			assertThat(answer).hasStatusOk();
			List<Map<String, String>> services = "xml".equals(format) ? Open311Calls.xml(answer, GeoReportSpec.SERVICES)
					: Open311Calls.json(answer, GeoReportSpec.SERVICES);
			assertThat(services).hasSizeGreaterThanOrEqualTo(30);
			assertThat(services).extracting(service -> service.get("service_code")).doesNotHaveDuplicates()
				.contains("pothole")
				.doesNotContain("roads");
			assertThat(services).filteredOn(service -> "pothole".equals(service.get("service_code"))).singleElement()
				.satisfies(pothole -> {
					assertThat(pothole).containsEntry("metadata", "true").containsEntry("type", "realtime")
						.containsEntry("group", "Дороги и тротуары").containsEntry("service_name", "Яма на дороге");
					assertThat(pothole.get("keywords")).contains("pothole", "Pothole in the road");
				});
			assertThat(services).filteredOn(service -> "sidewalk-damaged".equals(service.get("service_code")))
				.singleElement()
				.satisfies(sidewalk -> assertThat(sidewalk).containsEntry("metadata", "false"));
		}
	}

	@Test
	void aServiceDefinitionListsTheTopicsQuestionsAsAttributes() {
		String question = intake.questions(topics.byCode("pothole").orElseThrow().id()).getFirst().key();
		MvcTestResult xml = open311.get("services/pothole.xml");
		assertThat(xml).hasStatusOk();
		assertThat(Open311Calls.xml(xml, GeoReportSpec.DEFINITION)).singleElement()
			.satisfies(definition -> assertThat(definition).containsEntry("service_code", "pothole")
				.containsEntry("attributes", "1"));
		assertThat(GeoReportSpec.xmlList(Reporting.body(xml), GeoReportSpec.ATTRIBUTE)).singleElement()
			.satisfies(attribute -> assertThat(attribute).containsEntry("code", question)
				.containsEntry("datatype", "number")
				.containsEntry("variable", "true")
				.containsEntry("required", "false")
				.containsEntry("order", "1")
				.containsEntry("description", "Примерный размер ямы, см"));

		MvcTestResult json = open311.get("services/pothole.json", "jurisdiction_id", "perm");
		assertThat(json).hasStatusOk();
		assertThat(Open311Calls.json(json, GeoReportSpec.DEFINITION)).singleElement()
			.satisfies(definition -> assertThat(definition).containsEntry("attributes", "1"));
		assertThat(GeoReportSpec.jsonList(Reporting.body(json), "attributes", GeoReportSpec.ATTRIBUTE)).singleElement()
			.satisfies(attribute -> assertThat(attribute).containsEntry("code", question)
				.containsEntry("datatype", "number"));

		assertThat(Open311Calls.json(open311.get("services/sidewalk-damaged.json"), GeoReportSpec.DEFINITION))
			.singleElement()
			.satisfies(definition -> assertThat(definition).containsEntry("attributes", "0"));
	}

	@Test
	void aPostOfAConfirmedReporterAnswersTheAppealIdAtOnceAndTheRequestIsNotListedBeforeModeration() {
		for (String format : List.of("xml", "json")) {
			MvcTestResult posted = open311.post(format, Open311Calls.pothole(DemoAccounts.RESIDENT,
					Reporting.somewhereInTheCentre(), "Яма через Open311 (" + format + ")"));
			assertThat(posted).hasStatusOk();
			List<Map<String, String>> answer = "xml".equals(format) ? Open311Calls.xml(posted, GeoReportSpec.POSTED)
					: Open311Calls.json(posted, GeoReportSpec.POSTED);
			String id = answer.getFirst().get("service_request_id");
			assertThat(id).matches("[0-9a-f-]{36}");
			assertThat(answer.getFirst()).doesNotContainKey("token").containsKey("service_notice");

			assertThat(open311.get("requests/" + id + "." + format)).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(open311.get("requests." + format, "service_request_id", id)).hasStatusOk()
				.satisfies(list -> assertThat("xml".equals(format) ? Open311Calls.xml(list, GeoReportSpec.REQUESTS)
						: Open311Calls.json(list, GeoReportSpec.REQUESTS)).isEmpty());
		}
	}

	@Test
	void theSameRequestRepeatedAnswersTheAppealTheFirstCreated() {
		Map<String, String> request = Open311Calls.pothole(DemoAccounts.RESIDENT, Reporting.somewhereInTheCentre(),
				"Яма, отправленная дважды из-за обрыва связи");
		String first = Open311Calls.json(open311.post("json", request), GeoReportSpec.POSTED).getFirst()
			.get("service_request_id");
		String again = Open311Calls.json(open311.post("json", request), GeoReportSpec.POSTED).getFirst()
			.get("service_request_id");
		assertThat(again).isEqualTo(first);
	}

	@Test
	void requestListsAndUpdatesAnswerInBothFormatsWithTheirWrapper() {
		MvcTestResult xml = open311.get("requests.xml", "status", "open,closed");
		assertThat(xml).hasStatusOk();
		assertThat(Open311Calls.xml(xml, GeoReportSpec.REQUESTS)).isNotEmpty();
		assertThat(Open311Calls.json(open311.get("requests.json", "status", "closed"), GeoReportSpec.REQUESTS))
			.allSatisfy(request -> assertThat(request).containsEntry("status", "closed"));
		assertThat(Open311Calls.json(open311.get("requests.json", "status", "open", "page_size", "3"),
				GeoReportSpec.REQUESTS))
			.hasSizeLessThanOrEqualTo(3)
			.allSatisfy(request -> assertThat(request).containsEntry("status", "open"));
		assertThat(Open311Calls.xml(open311.get("servicerequestupdates.xml"), GeoReportSpec.UPDATES)).isNotNull();
		assertThat(Open311Calls.json(open311.get("servicerequestupdates.json"), GeoReportSpec.UPDATES)).isNotNull();
	}

}
