package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.Territory;

/**
 * Publishes the published appeals as the anonymised open dataset {@code appeals}: topic,
 * district, a location rounded to the {@link CoarsePoint} grid (the statistics never hold a
 * finer one), dates, status and outcome, the organization and whether it answered on time.
 * Never a number or id that leads to the appeal's page, its text, photos or anyone involved.
 * Appeals never published (held, in moderation, rejected, merged) are not in it. Rows stream
 * from a database cursor.
 */
@Component
class AppealsDataset implements DatasetSource, Dataset {

	static final String ID = "appeals";

	private static final int FETCH_SIZE = 1000;

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String[] COLUMNS = { "topic:TEXT", "topic_group:TEXT", "district:TEXT", "lat:NUMBER",
			"lon:NUMBER", "status:TEXT", "category:TEXT", "submitted_on:DATE", "published_on:DATE", "closed_on:DATE",
			"organization_id:TEXT", "organization:TEXT", "deadline:DATE", "first_answered_on:DATE",
			"answer_working_days:INTEGER", "answered_on_time:BOOLEAN", "reopens:INTEGER", "reroutes:INTEGER" };

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Organizations organizations;

	private final Topics topics;

	private final MessageSource messages;

	AppealsDataset(JdbcClient jdbc, Territory territory, Organizations organizations, Topics topics,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.organizations = organizations;
		this.topics = topics;
		this.messages = messages;
	}

	@Override
	public List<Dataset> datasets() {
		return territory.isEnabled(PortalService.INFORM) ? List.of(this) : List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public DatasetInfo info() {
		Date folded = jdbc.sql("select max(folded_on) from statistics_appeals").query(Date.class).single();
		return DatasetInfo.of(ID, localized("statistics.appeals-dataset.title"),
				localized("statistics.appeals-dataset.description"),
				organizations.openDataPublisher().orElseGet(() -> localized("statistics.appeals-dataset.publisher")),
				folded == null ? null : folded.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant(), true);
	}

	@Override
	public List<DatasetColumn> columns() {
		return DatasetColumn.list(name -> localized("statistics.appeals-dataset.column." + name), COLUMNS);
	}

	@Override
	@Transactional(readOnly = true)
	public void writeRows(RowWriter rows) {
		Map<UUID, String> topicNames = topics.all()
			.stream()
			.collect(Collectors.toMap(topic -> topic.id().value(), topic -> topic.name().ru()));
		Map<UUID, String> districtNames = territory.districts()
			.stream()
			.collect(Collectors.toMap(district -> district.id().value(), district -> district.name().ru()));
		Map<UUID, String> organizationNames = organizations.all()
			.stream()
			.collect(Collectors.toMap(organization -> organization.id().value(), organization -> organization.name().ru()));
		jdbc.sql("""
				select topic_id, topic_group_id, district_id, lat, lon, status, category, submitted_on, published_on,
				       closed_on, organization_id, deadline, first_answered_on, answer_working_days, answered_on_time,
				       reopens, reroutes
				from statistics_appeals
				where category <> 'NOT_PUBLISHED'
				order by published_on, appeal_id
				""").withFetchSize(FETCH_SIZE).query((RowCallbackHandler) rs -> {
			Double lat = nullable(rs.getDouble("lat"), rs);
			Double lon = nullable(rs.getDouble("lon"), rs);
			UUID organization = rs.getObject("organization_id", UUID.class);
			rows.row(Arrays.asList(name(topicNames, rs.getObject("topic_id", UUID.class)),
					name(topicNames, rs.getObject("topic_group_id", UUID.class)),
					name(districtNames, rs.getObject("district_id", UUID.class)), lat, lon, rs.getString("status"),
					rs.getString("category"), date(rs, "submitted_on"), date(rs, "published_on"), date(rs, "closed_on"),
					organization == null ? null : organization.toString(), name(organizationNames, organization),
					date(rs, "deadline"), date(rs, "first_answered_on"), integer(rs, "answer_working_days"),
					(Boolean) rs.getObject("answered_on_time"), rs.getInt("reopens"), rs.getInt("reroutes")),
					lat == null || lon == null ? null : GeoJson.WGS84.createPoint(new Coordinate(lon, lat)));
		});
	}

	private static @Nullable String name(Map<UUID, String> names, @Nullable UUID id) {
		return id == null ? null : names.get(id);
	}

	private static @Nullable Double nullable(double value, ResultSet rs) throws SQLException {
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private LocalizedText localized(String key) {
		return new LocalizedText(messages.getMessage(key, null, RUSSIAN), messages.getMessage(key, null, Locale.ENGLISH));
	}

}
