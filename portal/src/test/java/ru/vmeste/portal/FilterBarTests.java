package ru.vmeste.portal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one filter bar ({@code fragments/filters}) over the works list, the officials' works and
 * the moderation queue: labelled fields that show the filters the page was asked for.
 */
@PortalTest
class FilterBarTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Test
	void theWorksListShowsTheChosenFiltersAndOffersEveryChoice() {
		assertThat(mvc.get().uri("/works?status=IN_PROGRESS&kind=REPAIR&overdue=true&year=2026")).hasStatusOk()
			.bodyText()
			.contains("data-filter-bar", "action=\"/works\"", "<label class=\"form-label small\" for=\"filter-status\">Статус</label>",
					"<option value=\"\">Любой</option>", "<option value=\"IN_PROGRESS\" selected=\"selected\">Идут</option>",
					"<option value=\"REPAIR\" selected=\"selected\">",
					"id=\"filter-overdue\" name=\"overdue\" value=\"true\" checked=\"checked\"",
					"Ленинский")
			.containsPattern("id=\"filter-year\"\\s+name=\"year\" value=\"2026\"")
			.doesNotContain("<option value=\"PLANNED\" selected");
	}

	@Test
	void theModerationQueueHasNoEmptyChoiceForItsState() {
		assertThat(mvc.get().uri("/moderation?state=PUBLISHED&flag=FLAGGED&text=яма")
			.with(SignedIn.as(users, "moderator@demo.vmeste"))).hasStatusOk()
			.bodyText()
			.contains("action=\"/moderation\"", "<option value=\"PUBLISHED\" selected=\"selected\">",
					"<option value=\"FLAGGED\" selected=\"selected\">", "id=\"filter-text\" name=\"text\" value=\"яма\"")
			.doesNotContainPattern("id=\"filter-state\" name=\"state\">\\s*<option value=\"\"");
	}

	@Test
	void officialsFilterTheirWorksByStatusAndLowRatings() {
		assertThat(mvc.get().uri("/manage/works?status=COMPLETED&flagged=true")
			.with(SignedIn.as(users, "official@demo.vmeste"))).hasStatusOk()
			.bodyText()
			.contains("action=\"/manage/works\"", "<option value=\"COMPLETED\" selected=\"selected\">",
					"id=\"filter-flagged\" name=\"flagged\" value=\"true\" checked=\"checked\"");
	}

}
