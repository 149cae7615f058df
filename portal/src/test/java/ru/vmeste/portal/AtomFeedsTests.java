package ru.vmeste.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atom feeds (RFC 4287) for following without an account: the newest published appeals, of a
 * district or a topic, one appeal's history and one idea's history are well-formed Atom, hold
 * the new appeal where it belongs and not elsewhere, never its author, and are linked from
 * their pages; an appeal not yet published has no feed.
 */
@PortalTest
class AtomFeedsTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Test
	void appealsAndTheirHistoryAreFollowedInAFeed() throws Exception {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		String topic = Reporting.topicId(topics, "pothole");
		String id = Reporting.published(mvc, resident, moderator, topic, Reporting.somewhereInTheCentre(),
				"Провал асфальта у остановки, лента Atom");
		String district = JsonPath.read(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", id).exchange()), "$.districtId");
		String otherDistrict = JsonPath.<List<String>>read(Reporting.body(mvc.get().uri("/api/v1/districts").exchange()),
				"$.features[*].id").stream().filter(other -> !other.equals(district)).findFirst().orElseThrow();

		assertThat(entryLinks(feed("/feeds/appeals.atom"))).anyMatch(link -> link.endsWith("/appeals/" + id));
		assertThat(entryLinks(feed("/feeds/appeals.atom?district=" + district + "&topic=" + topic)))
			.anyMatch(link -> link.endsWith("/appeals/" + id));
		assertThat(entryLinks(feed("/feeds/appeals.atom?district=" + otherDistrict)))
			.noneMatch(link -> link.endsWith("/appeals/" + id));

		Document history = feed("/appeals/" + id + "/feed.atom");
		assertThat(history.getElementsByTagNameNS(ATOM, "entry").getLength()).isGreaterThanOrEqualTo(2);
		String author = users.byEmail(DemoAccounts.RESIDENT).orElseThrow().name();
		for (String path : List.of("/feeds/appeals.atom", "/appeals/" + id + "/feed.atom")) {
			assertThat(Reporting.body(mvc.get().uri(path).exchange())).doesNotContain(author, DemoAccounts.RESIDENT);
		}
		assertThat(mvc.get().uri("/appeals/{id}", id)).bodyText()
			.contains("type=\"application/atom+xml\"", "/appeals/" + id + "/feed.atom");
		assertThat(mvc.get().uri("/appeals")).bodyText().contains("/feeds/appeals.atom");

		String waiting = Reporting.report(mvc, resident, topic, Reporting.somewhereInTheCentre(), "Ещё не опубликовано, лента");
		assertThat(mvc.get().uri("/appeals/{id}/feed.atom", waiting)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anIdeaIsFollowedInAFeed() throws Exception {
		String idea = JsonPath.read(Reporting.body(mvc.get().uri("/api/v1/ideas?size=1").exchange()), "$.items[0].id");
		Document feed = feed("/ideas/" + idea + "/feed.atom");
		assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isPositive();
		assertThat(mvc.get().uri("/ideas/{id}", idea)).bodyText().contains("/ideas/" + idea + "/feed.atom");
	}

	private Document feed(String path) throws Exception {
		MvcTestResult answer = mvc.get().uri(path).exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer.getResponse().getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		for (String required : List.of("id", "title", "updated")) {
			assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
		}
		return document;
	}

	private static List<String> entryLinks(Document feed) {
		List<String> links = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			NodeList link = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link");
			links.add(((Element) link.item(0)).getAttribute("href"));
		}
		return links;
	}

}
