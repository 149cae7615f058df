package ru.vmeste.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No dataset, in any format, carries personal data: no e-mail address or phone number at all,
 * and no name, e-mail or phone of any registered resident.
 */
@PortalTest
class PersonalDataExportTests {

	/**
	 * An e-mail address: a name character right before an {@code @}, a domain with a dot after it.
	 * The search starts at each {@code @} (the name is a look-behind): starting at every letter of
	 * 50 MB of datasets and running along each word took most of the test's time.
	 */
	static final Pattern EMAIL = Pattern.compile("@(?<=[\\w.+-]@)[\\w-]+\\.[\\w.-]+");

	static final Pattern PHONE = Pattern.compile("(\\+7|\\b8)[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}\\b");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDatasetCarriesPersonalData() {
		DemoAccounts.newResident(mvc, "leak-check-" + System.nanoTime() + "@example.org");
		List<String> personal = new ArrayList<>();
		jdbc.sql("select name, email::text, phone from identity_users where deleted_at is null").query((rs, row) -> {
			personal.add(rs.getString("name"));
			personal.add(rs.getString("email"));
			if (rs.getString("phone") != null) {
				personal.add(rs.getString("phone"));
			}
			return row;
		}).list();
		assertThat(personal).contains("Анна Жителева", DemoAccounts.RESIDENT, "+7 342 200-00-00");

		int downloads = 0;
		for (JsonNode dataset : read("/opendata/catalog.json").get("dataset")) {
			for (JsonNode distribution : dataset.get("distribution")) {
				String url = distribution.get("downloadURL").asString();
				String body = new String(mvc.get().uri(url.substring(url.indexOf("/opendata"))).exchange().getResponse()
					.getContentAsByteArray(), StandardCharsets.UTF_8);
				assertThat(EMAIL.matcher(body).find()).as("an e-mail in %s", url).isFalse();
				assertThat(PHONE.matcher(body).find()).as("a phone number in %s", url).isFalse();
				assertThat(body).as(url).doesNotContain(personal);
				downloads++;
			}
		}
		assertThat(downloads).isGreaterThanOrEqualTo(40);
	}

	@Test
	void thePatternsRecogniseWhatTheyLookFor() {
		assertThat(EMAIL.matcher("пишите на anna.zhiteleva@mail.ru").find()).isTrue();
		assertThat(EMAIL.matcher("a@b.c").find()).isTrue();
		assertThat(EMAIL.matcher("см. @mail.ru и anna@mail").find()).as("no name, no dot").isFalse();
		assertThat(PHONE.matcher("тел. +7 342 200-00-00").find()).isTrue();
		assertThat(PHONE.matcher("8 (342) 212-34-56").find()).isTrue();
		assertThat(PHONE.matcher("58.01234567,56.2345678").find()).isFalse();
	}

	private JsonNode read(String uri) {
		return json.readTree(mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray());
	}

}
