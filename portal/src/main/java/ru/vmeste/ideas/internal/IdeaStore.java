package ru.vmeste.ideas.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.LineString;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.IdeasSettings;
import ru.vmeste.ideas.SupportThreshold;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;

/**
 * SQL for ideas.
 */
@Repository
class IdeaStore {

	static final String SELECT = """
			select i.*, i.geometry::text as geometry_json, c.support_threshold as campaign_threshold
			from ideas_ideas i left join ideas_campaigns c on c.id = i.campaign_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final SupportThreshold outsideCampaigns;

	IdeaStore(JdbcClient jdbc, JsonMapper json, IdeasSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.outsideCampaigns = new SupportThreshold(settings.supportThreshold());
	}

	/** Stores a new idea and answers its number. */
	long insert(Idea idea) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", idea.id().value());
		params.put("campaign", idea.campaign() == null ? null : idea.campaign().value());
		params.put("kind", idea.kind().name());
		params.put("title", idea.title());
		params.put("text", idea.text());
		params.put("status", idea.status().name());
		params.put("author", idea.author().value());
		params.put("lat", idea.point() == null ? null : idea.point().lat());
		params.put("lon", idea.point() == null ? null : idea.point().lon());
		params.put("geometry", idea.line() == null ? null : json.writeValueAsString(GeoJson.write(idea.line())));
		params.put("district", idea.district() == null ? null : idea.district().value());
		params.put("objects", idea.objects().toArray(UUID[]::new));
		params.put("cost", idea.estimatedCost());
		params.put("appeal", idea.fromAppeal() == null ? null : idea.fromAppeal().value());
		params.put("createdAt", Timestamp.from(idea.createdAt()));
		return jdbc.sql("""
				insert into ideas_ideas (id, campaign_id, kind, title, text, status, author_id, lat, lon, geometry,
				    district_id, object_ids, estimated_cost, from_appeal_id, created_at, updated_at)
				values (:id, :campaign, :kind, :title, :text, :status, :author, :lat, :lon, cast(:geometry as jsonb),
				    :district, :objects, :cost, :appeal, :createdAt, :createdAt)
				returning number
				""").params(params).query(Long.class).single();
	}

	Optional<Idea> find(IdeaId id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id.value()).query(this::idea).optional();
	}

	/** Reads the idea and locks it until the transaction ends, so supports and decisions queue up. */
	Optional<Idea> lock(IdeaId id) {
		return jdbc.sql(SELECT + " where i.id = ? for update of i").param(id.value()).query(this::idea).optional();
	}

	List<Idea> byIds(List<IdeaId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where i.id = any(?)")
			.param(ids.stream().map(IdeaId::value).toArray(UUID[]::new))
			.query(this::idea)
			.list();
	}

	Optional<Idea> byAppeal(AppealId appeal) {
		return jdbc.sql(SELECT + " where i.from_appeal_id = ? and i.status <> 'REJECTED'")
			.param(appeal.value())
			.query(this::idea)
			.optional();
	}

	Optional<Idea> byWork(WorkId work) {
		return jdbc.sql(SELECT + " where i.work_id = ?").param(work.value()).query(this::idea).optional();
	}

	Optional<Idea> byVoteOption(UUID option) {
		return jdbc.sql(SELECT + " where i.vote_option_id = ?").param(option).query(this::idea).optional();
	}

	/** The ideas on a vote's ballot, in the order of their numbers. */
	List<Idea> onVote(VoteId vote) {
		return jdbc.sql(SELECT + " where i.vote_id = ? order by i.number").param(vote.value()).query(this::idea).list();
	}

	/** Ideas of a campaign in a status, in the order of their numbers (at most a campaign's worth). */
	List<Idea> inCampaign(CampaignId campaign, IdeaStatus status, int limit) {
		return jdbc.sql(SELECT + " where i.campaign_id = ? and i.status = ? order by i.number limit ?")
			.params(campaign.value(), status.name(), limit)
			.query(this::idea)
			.list();
	}

	void setStatus(IdeaId id, IdeaStatus status, Instant at) {
		jdbc.sql("""
				update ideas_ideas set status = ?, updated_at = ?,
				    published_at = case when ? = 'PUBLISHED' and published_at is null then ? else published_at end,
				    threshold_reached_at = case when ? = 'THRESHOLD_REACHED' then ? else threshold_reached_at end
				where id = ?
				""")
			.params(status.name(), Timestamp.from(at), status.name(), Timestamp.from(at), status.name(),
					Timestamp.from(at), id.value())
			.update();
	}

	void setTitleAndText(IdeaId id, String title, String text) {
		jdbc.sql("update ideas_ideas set title = ?, text = ? where id = ?").params(title, text, id.value()).update();
	}

	void setReview(IdeaId id, @Nullable Long cost, @Nullable String note) {
		jdbc.sql("update ideas_ideas set estimated_cost = coalesce(?, estimated_cost), review_note = ? where id = ?")
			.params(cost, note, id.value())
			.update();
	}

	void setDuplicateOf(IdeaId id, IdeaId target) {
		jdbc.sql("update ideas_ideas set duplicate_of = ? where id = ?").params(target.value(), id.value()).update();
	}

	void setVote(IdeaId id, VoteId vote, UUID option) {
		jdbc.sql("update ideas_ideas set vote_id = ?, vote_option_id = ? where id = ?")
			.params(vote.value(), option, id.value())
			.update();
	}

	void setWork(IdeaId id, WorkId work) {
		jdbc.sql("update ideas_ideas set work_id = ? where id = ?").params(work.value(), id.value()).update();
	}

	void setTopic(IdeaId id, TopicId topic) {
		jdbc.sql("update ideas_ideas set topic_id = ? where id = ?").params(topic.value(), id.value()).update();
	}

	/** Adds to the supports (negative to take back) and answers the new count. */
	int addSupports(IdeaId id, int delta) {
		return jdbc.sql("update ideas_ideas set supports = supports + ? where id = ? returning supports")
			.params(delta, id.value())
			.query(Integer.class)
			.single();
	}

	void setSupports(IdeaId id, int supports) {
		jdbc.sql("update ideas_ideas set supports = ? where id = ?").params(supports, id.value()).update();
	}

	void addRating(IdeaId id, int score) {
		jdbc.sql("update ideas_ideas set rating_count = rating_count + 1, rating_sum = rating_sum + ? where id = ?")
			.params(score, id.value())
			.update();
	}

	Idea idea(ResultSet rs, int row) throws SQLException {
		Double lat = Rows.decimal(rs, "lat");
		Double lon = Rows.decimal(rs, "lon");
		String geometry = rs.getString("geometry_json");
		Array objects = rs.getArray("object_ids");
		Integer campaignThreshold = Rows.integer(rs, "campaign_threshold");
		return new Idea(new IdeaId(rs.getObject("id", UUID.class)), rs.getLong("number"),
				Rows.id(rs, "campaign_id", CampaignId::new), IdeaKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("text"), IdeaStatus.valueOf(rs.getString("status")),
				new UserId(rs.getObject("author_id", UUID.class)),
				lat == null || lon == null ? null : new GeoPoint(lat, lon),
				geometry == null ? null : (LineString) GeoJson.read(json.readTree(geometry)),
				Rows.id(rs, "district_id", DistrictId::new), List.copyOf(Arrays.asList((UUID[]) objects.getArray())),
				Rows.longValue(rs, "estimated_cost"), rs.getString("review_note"), rs.getInt("supports"),
				campaignThreshold == null ? outsideCampaigns : new SupportThreshold(campaignThreshold),
				Rows.instant(rs, "threshold_reached_at"), Rows.id(rs, "duplicate_of", IdeaId::new),
				Rows.id(rs, "from_appeal_id", AppealId::new), Rows.id(rs, "topic_id", TopicId::new), Rows.id(rs, "vote_id", VoteId::new),
				rs.getObject("vote_option_id", UUID.class), Rows.id(rs, "work_id", WorkId::new),
				new Idea.RatingSummary(rs.getInt("rating_count"), rs.getInt("rating_sum")),
				rs.getTimestamp("created_at").toInstant(), Rows.instant(rs, "published_at"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
