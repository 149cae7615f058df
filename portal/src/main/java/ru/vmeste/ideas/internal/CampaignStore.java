package ru.vmeste.ideas.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.SupportThreshold;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;

/**
 * SQL for campaigns and their phase schedules.
 */
@Repository
class CampaignStore {

	/** Every column with the schedule's phases and starts, in one statement. */
	private static final String SELECT = """
			select c.*,
			    array(select p.phase from ideas_campaign_phases p where p.campaign_id = c.id order by p.starts_at) as phases,
			    array(select p.starts_at from ideas_campaign_phases p where p.campaign_id = c.id order by p.starts_at) as starts
			from ideas_campaigns c
			""";

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Campaign campaign, UUID createdBy) {
		jdbc.sql("""
				insert into ideas_campaigns (id, title_ru, title_en, description_ru, description_en, phase, budget,
				    support_threshold, district_ids, phase_changed_at, created_by, created_at)
				values (:id, :titleRu, :titleEn, :descriptionRu, :descriptionEn, :phase, :budget, :threshold, :districts,
				    :changedAt, :createdBy, :createdAt)
				""")
			.params(parameters(campaign))
			.param("createdBy", createdBy)
			.param("changedAt", Timestamp.from(campaign.phaseChangedAt()))
			.param("createdAt", Timestamp.from(campaign.createdAt()))
			.update();
		saveSchedule(campaign.id(), campaign.schedule());
	}

	/** Writes what an administrator may edit: texts, budget, threshold, districts and dates. */
	void update(Campaign campaign) {
		jdbc.sql("""
				update ideas_campaigns set title_ru = :titleRu, title_en = :titleEn, description_ru = :descriptionRu,
				    description_en = :descriptionEn, budget = :budget, support_threshold = :threshold,
				    district_ids = :districts
				where id = :id
				""").params(parameters(campaign)).update();
		saveSchedule(campaign.id(), campaign.schedule());
	}

	void setPhase(CampaignId id, CampaignPhase phase, Instant at) {
		jdbc.sql("update ideas_campaigns set phase = ?, phase_changed_at = ? where id = ?")
			.params(phase.name(), Timestamp.from(at), id.value())
			.update();
	}

	void setVote(CampaignId id, VoteId vote) {
		jdbc.sql("update ideas_campaigns set vote_id = ? where id = ?").params(vote.value(), id.value()).update();
	}

	Optional<Campaign> find(CampaignId id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(this::campaign).optional();
	}

	Optional<Campaign> lock(CampaignId id) {
		return jdbc.sql(SELECT + " where c.id = ? for update of c")
			.param(id.value())
			.query(this::campaign)
			.optional();
	}

	Optional<Campaign> byVote(VoteId vote) {
		return jdbc.sql(SELECT + " where c.vote_id = ?").param(vote.value()).query(this::campaign).optional();
	}

	/** Campaigns, running ones first (by phase), newest first within a phase; optionally of one phase. */
	Paged<Campaign> page(@org.jspecify.annotations.Nullable CampaignPhase phase, PageQuery page) {
		String where = phase == null ? "" : " where c.phase = :phase";
		String order = """
				 order by case c.phase when 'FINISHED' then 1 else 0 end, c.created_at desc, c.id
				 limit :limit offset :offset
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("phase", phase == null ? null : phase.name());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Campaign> items = jdbc.sql(SELECT + where + order).params(params)
			.query(this::campaign)
			.list();
		long total = jdbc.sql("select count(*) from ideas_campaigns c" + where).params(params).query(Long.class).single();
		return Paged.of(items, page, total);
	}

	/** Campaigns still running, for the calendar (few: a region runs a handful a year). */
	List<CampaignId> running() {
		return jdbc.sql("select id from ideas_campaigns where phase <> 'FINISHED' order by created_at")
			.query((rs, row) -> new CampaignId(rs.getObject("id", UUID.class)))
			.list();
	}

	private void saveSchedule(CampaignId id, CampaignSchedule schedule) {
		jdbc.sql("delete from ideas_campaign_phases where campaign_id = ?").param(id.value()).update();
		schedule.starts()
			.forEach((phase, start) -> jdbc
				.sql("insert into ideas_campaign_phases (campaign_id, phase, starts_at) values (?, ?, ?)")
				.params(id.value(), phase.name(), Timestamp.from(start))
				.update());
	}

	private static CampaignSchedule schedule(ResultSet rs) throws SQLException {
		String[] phases = (String[]) rs.getArray("phases").getArray();
		Timestamp[] starts = (Timestamp[]) rs.getArray("starts").getArray();
		Map<CampaignPhase, Instant> schedule = new EnumMap<>(CampaignPhase.class);
		for (int i = 0; i < phases.length; i++) {
			schedule.put(CampaignPhase.valueOf(phases[i]), starts[i].toInstant());
		}
		return new CampaignSchedule(schedule);
	}

	private Map<String, Object> parameters(Campaign campaign) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", campaign.id().value());
		params.put("titleRu", campaign.title().ru());
		params.put("titleEn", campaign.title().en());
		params.put("descriptionRu", campaign.description().ru());
		params.put("descriptionEn", campaign.description().en());
		params.put("phase", campaign.phase().name());
		params.put("budget", campaign.budget());
		params.put("threshold", campaign.threshold().value());
		params.put("districts", campaign.districts().stream().map(DistrictId::value).toArray(UUID[]::new));
		return params;
	}

	private Campaign campaign(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Array districts = rs.getArray("district_ids");
		Set<DistrictId> scope = Arrays.stream((UUID[]) districts.getArray()).map(DistrictId::new).collect(Collectors.toSet());
		return new Campaign(new CampaignId(id), new LocalizedText(rs.getString("title_ru"), rs.getString("title_en")),
				new LocalizedText(rs.getString("description_ru"), rs.getString("description_en")),
				CampaignPhase.valueOf(rs.getString("phase")), schedule(rs), rs.getLong("budget"), scope,
				new SupportThreshold(rs.getInt("support_threshold")), Rows.id(rs, "vote_id", VoteId::new),
				rs.getTimestamp("phase_changed_at").toInstant(), rs.getTimestamp("created_at").toInstant());
	}

}
