package ru.vmeste.ideas.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.IdeasSettings;
import ru.vmeste.shared.GeoPoint;

/**
 * Published ideas that likely say the same as a text being typed: in the same campaign (or
 * outside campaigns), with a similar title and text (pg_trgm), and, when both have a place,
 * within {@code vmeste.ideas.similar.radius-metres}.
 */
@Component
public class SimilarIdeas {

	/** A likely duplicate; the distance is null when either has no place. */
	public record Similar(IdeaId id, long number, String title, IdeaStatus status, int supports,
			@Nullable Integer distanceMetres, double similarity) {
	}

	static final int LIMIT = 5;

	private final JdbcClient jdbc;

	private final IdeasSettings settings;

	SimilarIdeas(JdbcClient jdbc, IdeasSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public List<Similar> to(String text, @Nullable GeoPoint point, @Nullable CampaignId campaign,
			@Nullable IdeaId except) {
		String query = text.strip();
		if (query.length() < 5) {
			return List.of();
		}
		// the % operator takes its threshold from this setting, and then uses the trigram index
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
			.param(String.valueOf(settings.similar().minSimilarity()))
			.query(String.class)
			.single();
		Map<String, Object> params = new HashMap<>();
		params.put("text", query.length() > 2000 ? query.substring(0, 2000) : query);
		params.put("campaign", campaign == null ? null : campaign.value());
		params.put("except", except == null ? new UUID(0, 0) : except.value());
		params.put("lat", point == null ? null : point.lat());
		params.put("lon", point == null ? null : point.lon());
		params.put("radius", settings.similar().radiusMetres());
		return jdbc.sql("""
				select id, number, title, status, supports, similarity(search_text, :text) as similarity,
				    case when lat is null or cast(:lat as double precision) is null then null
				         else earth_distance(ll_to_earth(lat, lon), ll_to_earth(:lat, :lon)) end as distance
				from ideas_ideas
				where search_text % :text
				  and status in ('PUBLISHED', 'THRESHOLD_REACHED', 'FEASIBLE', 'ON_BALLOT', 'SELECTED', 'IN_WORK')
				  and campaign_id is not distinct from cast(:campaign as uuid)
				  and id <> :except
				  and (lat is null or cast(:lat as double precision) is null
				       or earth_distance(ll_to_earth(lat, lon), ll_to_earth(:lat, :lon)) <= :radius)
				order by similarity desc, number desc
				limit 5
				""").params(params).query((rs, row) -> {
				double distance = rs.getDouble("distance");
				return new Similar(new IdeaId(rs.getObject("id", UUID.class)), rs.getLong("number"), rs.getString("title"),
						IdeaStatus.valueOf(rs.getString("status")), rs.getInt("supports"),
						rs.wasNull() ? null : (int) Math.round(distance), rs.getDouble("similarity"));
			}).list();
	}

}
