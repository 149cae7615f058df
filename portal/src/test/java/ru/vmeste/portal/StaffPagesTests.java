package ru.vmeste.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages (issue 15, point 9): the user menu groups staff entries by task and says how many
 * items wait for moderation; the moderation queue quotes each appeal's public number, says how
 * many items wait and lists every waiting appeal for its map.
 */
@PortalTest
class StaffPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theModerationQueueQuotesNumbersCountsTheWaitingAndMapsThem() throws Exception {
		String text = "Провал асфальта у дома " + UUID.randomUUID().toString().substring(0, 8);
		long number = Reporting.waitingForModeration(mvc, jdbc, topics, text).number();

		String page = page("/moderation?text=" + text.substring(text.length() - 8), DemoAccounts.MODERATOR);
		long pending = jdbc.sql("select count(*) from moderation_items where state = 'PENDING'").query(Long.class).single();
		long appealsWaiting = jdbc
			.sql("select count(*) from moderation_items where state = 'PENDING' and kind = 'APPEAL'")
			.query(Long.class).single();

		assertThat(page).containsPattern("data-item-number>№ " + number + "</span>");
		assertThat(first(page, "data-pending data-count=\"(\\d+)\"")).isEqualTo(String.valueOf(pending));
		assertThat(first(page, "data-menu-count>(\\d+)</span>")).as("the queue's entry in the menu")
			.isEqualTo(String.valueOf(pending));
		assertThat(page).contains("data-moderation-map");
		String points = page.substring(page.indexOf("data-moderation-points"));
		points = points.substring(0, points.indexOf("</ul>"));
		int mapLimit = Integer.parseInt(first(page, "data-map-limit=\"(\\d+)\""));
		assertThat(all(points, "<li (data-lat=\"[\\d.]+\"\\s+data-lon=\"[\\d.]+\"\\s+data-href=\"/moderation/items/[0-9a-f-]+\")>"))
			.as("one point per waiting appeal in %s, up to the map's limit", points)
			.hasSize((int) Math.min(appealsWaiting, mapLimit));
		assertThat(page).contains("№ " + number + ": Яма на дороге");
		assertThat(page).as("the map is described by its limit").contains("aria-describedby=\"moderation-map-limit\"");
		String limitNote = first(page, "id=\"moderation-map-limit\"[^>]*>([^<]+)<");
		assertThat(limitNote).startsWith("На карте не больше").endsWith("в списке ниже — все.");
		assertThat(limitNote.replaceAll("\\D", "")).as("the limit it states").isEqualTo(String.valueOf(mapLimit));
		assertThat(page("/moderation?lang=en", DemoAccounts.MODERATOR)).as("in English")
			.contains(String.format(Locale.ENGLISH, "The map shows at most the %,d appeals that have waited longest", mapLimit));
	}

	@Test
	void theAdministratorsMenuIsGroupedByTask() throws Exception {
		String page = page("/?lang=en", DemoAccounts.ADMIN);
		String menu = page.substring(page.indexOf("id=\"user-menu\""), page.indexOf("action=\"/logout\""));
		assertThat(all(menu, "data-menu-group=\"(\\w+)\"")).containsExactly("APPEALS", "CITY", "VOTES", "PEOPLE", "SYSTEM");
		assertThat(all(menu, "class=\"dropdown-header\"[^>]*>([^<]+)<")).containsExactly("Appeals", "City data",
				"Votes and ideas", "People and organizations", "System");
		List<String> links = all(menu, "class=\"dropdown-item[^\"]*\" href=\"([^\"]+)\"");
		assertThat(links).doesNotHaveDuplicates().contains("/admin/routing", "/admin/mail", "/admin/objects");
		String appeals = menu.substring(menu.indexOf("data-menu-group=\"APPEALS\""), menu.indexOf("data-menu-group=\"CITY\""));
		assertThat(appeals).contains("href=\"/admin/routing\"", "href=\"/admin/topics\"").doesNotContain("/admin/mail");
		String system = menu.substring(menu.indexOf("data-menu-group=\"SYSTEM\""));
		assertThat(system).contains("href=\"/admin/mail\"", "href=\"/admin/audit\"");
	}

	@Test
	void aResidentsMenuHasNoStaffGroups() throws Exception {
		String page = page("/", DemoAccounts.RESIDENT);
		assertThat(page).contains("href=\"/appeals/mine\"").doesNotContain("data-menu-group").doesNotContain("staff-menu");
	}

	private String page(String path, String account) throws Exception {
		return mvc.get().uri(path).with(SignedIn.as(account)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String first(String text, String regex) {
		List<String> found = all(text, regex);
		assertThat(found).as(regex).isNotEmpty();
		return found.get(0);
	}

	private static List<String> all(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
