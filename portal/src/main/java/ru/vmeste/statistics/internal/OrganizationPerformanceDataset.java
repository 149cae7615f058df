package ru.vmeste.statistics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.Territory;

/**
 * Publishes the ranking's figures as the open dataset {@code organization-performance}: for
 * each organization and department that ever received an appeal, over the whole history, the
 * same figures as its public page (received, answered, on time by the working-day deadline and
 * by the 59-FZ limit, average answer time in working days, ratings, re-routed away, reopened,
 * open and overdue). Departments are rows of their own with their parent, so a reader can sum
 * them up as the ranking does. One row per organization: it comes from the rollups, not the
 * appeals; it changes when the appeals' facts do (the {@code appeals} dataset's date).
 */
@Component
class OrganizationPerformanceDataset implements DatasetSource, Dataset {

	static final String ID = "organization-performance";

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String[] COLUMNS = { "organization_id:TEXT", "organization_code:TEXT",
			"organization_name:TEXT", "parent_id:TEXT", "received:INTEGER", "answered:INTEGER",
			"answered_on_time:INTEGER", "answered_on_time_share:NUMBER", "answered_within_legal:INTEGER",
			"answered_within_legal_share:NUMBER", "average_answer_working_days:NUMBER", "ratings:INTEGER",
			"average_rating:NUMBER", "rerouted_away:INTEGER", "rerouted_away_share:NUMBER", "reopened:INTEGER",
			"reopened_share:NUMBER", "open:INTEGER", "overdue:INTEGER" };

	private final OrganizationFigures figures;

	private final Organizations organizations;

	private final Territory territory;

	private final MessageSource messages;

	private final AppealsDataset appeals;

	OrganizationPerformanceDataset(OrganizationFigures figures, Organizations organizations, Territory territory,
			MessageSource messages, AppealsDataset appeals) {
		this.figures = figures;
		this.organizations = organizations;
		this.territory = territory;
		this.messages = messages;
		this.appeals = appeals;
	}

	@Override
	public List<Dataset> datasets() {
		return territory.isEnabled(PortalService.INFORM) ? List.of(this) : List.of();
	}

	@Override
	public DatasetInfo info() {
		return DatasetInfo.of(ID, localized("statistics.performance-dataset.title"),
				localized("statistics.performance-dataset.description"),
				organizations.openDataPublisher().orElseGet(() -> localized("statistics.appeals-dataset.publisher")),
				appeals.info().modified(), false);
	}

	@Override
	public List<DatasetColumn> columns() {
		return DatasetColumn.list(name -> localized("statistics.performance-dataset.column." + name),
				COLUMNS);
	}

	@Override
	public void writeRows(RowWriter rows) {
		for (OrganizationTotals totals : figures.ranking(null, null, false, RankingOrder.RECEIVED)) {
			rows.row(values(totals), null);
		}
	}

	private static List<@Nullable Object> values(OrganizationTotals totals) {
		Organization organization = totals.organization();
		return Arrays.asList(totals.id().toString(), organization == null ? null : organization.code(),
				organization == null ? null : organization.name().ru(),
				organization == null || organization.parent() == null ? null : organization.parent().toString(),
				totals.received(), totals.answered(), totals.answeredOnTime(), totals.answeredOnTimeShare(),
				totals.answeredWithinLegal(), totals.answeredWithinLegalShare(), totals.averageAnswerWorkingDays(),
				totals.ratings(), totals.averageRating(), totals.reroutedAway(), totals.reroutedAwayShare(),
				totals.reopened(), totals.reopenedShare(), totals.open(), totals.overdue());
	}

	private LocalizedText localized(String key) {
		return new LocalizedText(messages.getMessage(key, null, RUSSIAN), messages.getMessage(key, null, Locale.ENGLISH));
	}

}
