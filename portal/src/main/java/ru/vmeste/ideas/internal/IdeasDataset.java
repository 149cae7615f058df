package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.Idea;
import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.Territory;

/**
 * Publishes the public ideas as the open dataset {@code ideas}: what, where, in which campaign,
 * how many supports, the expert's decision and cost, and what became of it (vote, works).
 * Nothing personal goes out: no authors, supporters, commenters or reviewers. Not offered while
 * the region has switched Suggest off. Rows stream from a database cursor.
 */
@Component
class IdeasDataset implements DatasetSource, Dataset {

	static final String ID = "ideas";

	private static final int FETCH_SIZE = 500;

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String[] COLUMNS = { "id:TEXT", "number:INTEGER", "campaign_id:TEXT",
			"kind:TEXT", "title:TEXT", "text:TEXT", "status:TEXT", "supports:INTEGER", "estimated_cost:INTEGER",
			"review_note:TEXT", "district_id:TEXT", "lat:NUMBER", "lon:NUMBER", "object_ids:TEXT", "from_appeal_id:TEXT",
			"vote_id:TEXT", "work_id:TEXT", "published_at:DATE_TIME", "updated_at:DATE_TIME" };

	private final JdbcClient jdbc;

	private final IdeaStore ideas;

	private final Territory territory;

	private final Organizations organizations;

	private final MessageSource messages;

	IdeasDataset(JdbcClient jdbc, IdeaStore ideas, Territory territory, Organizations organizations,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.territory = territory;
		this.organizations = organizations;
		this.messages = messages;
	}

	@Override
	public List<Dataset> datasets() {
		return territory.isEnabled(PortalService.SUGGEST) ? List.of(this) : List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public DatasetInfo info() {
		Timestamp modified = jdbc.sql("select max(updated_at) from ideas_ideas").query(Timestamp.class).single();
		return DatasetInfo.of(ID, localized("ideas.dataset.title"), localized("ideas.dataset.description"),
				organizations.openDataPublisher().orElseGet(() -> localized("ideas.dataset.publisher")),
				modified == null ? null : modified.toInstant(), true);
	}

	@Override
	public List<DatasetColumn> columns() {
		return DatasetColumn.list(name -> localized("ideas.column." + name), COLUMNS);
	}

	@Override
	@Transactional(readOnly = true)
	public void writeRows(RowWriter rows) {
		jdbc.sql(IdeaStore.SELECT + " where i.status in ('PUBLISHED', 'THRESHOLD_REACHED', 'FEASIBLE', 'NOT_FEASIBLE',"
				+ " 'ON_BALLOT', 'SELECTED', 'NOT_SELECTED', 'IN_WORK', 'DONE', 'MERGED') order by i.number")
			.withFetchSize(FETCH_SIZE)
			.query((RowCallbackHandler) rs -> {
				Idea idea = ideas.idea(rs, 0);
				rows.row(values(idea), geometry(idea));
			});
	}

	private static List<@Nullable Object> values(Idea idea) {
		return Arrays.asList(idea.id().toString(), idea.number(),
				idea.campaign() == null ? null : idea.campaign().toString(), idea.kind().name(), idea.title(), idea.text(),
				idea.status().name(), idea.supports(), idea.estimatedCost(), idea.reviewNote(),
				idea.district() == null ? null : idea.district().value().toString(),
				idea.point() == null ? null : idea.point().lat(), idea.point() == null ? null : idea.point().lon(),
				idea.objects().isEmpty() ? null
						: idea.objects().stream().map(Object::toString).collect(Collectors.joining(" ")),
				idea.fromAppeal() == null ? null : idea.fromAppeal().toString(),
				idea.vote() == null ? null : idea.vote().toString(), idea.work() == null ? null : idea.work().toString(),
				idea.publishedAt(), idea.updatedAt());
	}

	private static @Nullable Geometry geometry(Idea idea) {
		if (idea.line() != null) {
			return idea.line();
		}
		return idea.point() == null ? null
				: GeoJson.WGS84.createPoint(new Coordinate(idea.point().lon(), idea.point().lat()));
	}


	private LocalizedText localized(String key) {
		return new LocalizedText(messages.getMessage(key, null, RUSSIAN), messages.getMessage(key, null, Locale.ENGLISH));
	}


}
