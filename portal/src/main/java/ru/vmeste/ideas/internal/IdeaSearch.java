package ru.vmeste.ideas.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;

/**
 * Finds ideas for the public list and map, for a resident's "my ideas" and "my supports", and
 * for the experts' review queue. Every list is paged; every filter has its index.
 */
@Service
@Transactional(readOnly = true)
public class IdeaSearch {

	/**
	 * What to look for. No statuses means every public, living status (not merged).
	 *
	 * @param outsideCampaigns only ideas proposed outside campaigns
	 */
	public record Filter(@Nullable CampaignId campaign, boolean outsideCampaigns, @Nullable IdeaKind kind,
			Set<IdeaStatus> statuses, @Nullable DistrictId district, @Nullable BoundingBox bbox) {

		public Filter {
			statuses = Set.copyOf(statuses);
		}

		public static Filter everything() {
			return new Filter(null, false, null, Set.of(), null, null);
		}

	}

	/** How a list is sorted: most supported, newest, or nearest to a point. */
	public enum Order {

		SUPPORTED, NEWEST, NEARBY

	}

	/** The most markers one map request answers. */
	public static final int MAX_MARKERS = 1000;

	private static final List<String> ACTIVE = List.of("PUBLISHED", "THRESHOLD_REACHED", "FEASIBLE", "NOT_FEASIBLE",
			"ON_BALLOT", "SELECTED", "NOT_SELECTED", "IN_WORK", "DONE");

	private final JdbcClient jdbc;

	private final IdeaStore ideas;

	IdeaSearch(JdbcClient jdbc, IdeaStore ideas) {
		this.jdbc = jdbc;
		this.ideas = ideas;
	}

	public Paged<Idea> page(Filter filter, Order order, @Nullable GeoPoint near, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		String sort = switch (order == Order.NEARBY && near == null ? Order.NEWEST : order) {
			case SUPPORTED -> " order by i.supports desc, i.published_at desc nulls last, i.id";
			case NEWEST -> " order by i.published_at desc nulls last, i.id";
			case NEARBY -> " order by i.location <-> point(:nearLon, :nearLat) nulls last, i.id";
		};
		if (near != null) {
			params.put("nearLat", near.lat());
			params.put("nearLon", near.lon());
		}
		return page(where, sort, params, page);
	}

	/** Ideas on the map: those in the box with a place, at most {@value #MAX_MARKERS}, most supported first. */
	public List<Idea> markers(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params) + " and i.location is not null";
		params.put("limit", MAX_MARKERS);
		return jdbc.sql(IdeaStore.SELECT + where + " order by i.supports desc, i.id limit :limit")
			.params(params)
			.query(ideas::idea)
			.list();
	}

	/** A resident's own ideas in every status, newest first. */
	public Paged<Idea> proposedBy(UserId author, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("author", author.value());
		return page(" where i.author_id = :author", " order by i.created_at desc, i.id", params, page);
	}

	/** The ideas a resident supports now, latest support first. */
	public Paged<Idea> supportedBy(UserId user, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("user", user.value());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Idea> items = jdbc.sql(IdeaStore.SELECT + """
				 join ideas_supports s on s.idea_id = i.id
				where s.user_id = :user
				order by s.created_at desc, i.id
				limit :limit offset :offset
				""").params(params).query(ideas::idea).list();
		long total = jdbc.sql("select count(*) from ideas_supports where user_id = :user")
			.params(params)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/**
	 * The experts' queue: ideas awaiting a decision (reached their threshold), longest waiting
	 * first; or those decided already, latest first.
	 */
	public Paged<Idea> reviewQueue(@Nullable CampaignId campaign, @Nullable IdeaKind kind, boolean decided,
			PageQuery page) {
		Set<IdeaStatus> statuses = decided ? Set.of(IdeaStatus.FEASIBLE, IdeaStatus.NOT_FEASIBLE)
				: Set.of(IdeaStatus.THRESHOLD_REACHED);
		Map<String, Object> params = new HashMap<>();
		String where = where(new Filter(campaign, false, kind, statuses, null, null), params);
		String sort = decided ? " order by i.updated_at desc, i.id" : " order by i.threshold_reached_at, i.id";
		return page(where, sort, params, page);
	}

	/** Published ideas (all public statuses) of the kind: e.g. how many roads residents suggested. */
	public long countPublished(@Nullable IdeaKind kind) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from ideas_ideas i" + where(new Filter(null, false, kind, Set.of(), null, null), params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private Paged<Idea> page(String where, String sort, Map<String, Object> params, PageQuery page) {
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Idea> items = jdbc.sql(IdeaStore.SELECT + where + sort + " limit :limit offset :offset")
			.params(params)
			.query(ideas::idea)
			.list();
		long total = jdbc.sql("select count(*) from ideas_ideas i" + where).params(params).query(Long.class).single();
		return Paged.of(items, page, total);
	}

	private static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("i.status = any(:statuses)");
		params.put("statuses", (filter.statuses().isEmpty() ? ACTIVE
				: filter.statuses().stream().filter(IdeaStatus::isPublic).map(IdeaStatus::name).toList())
			.toArray(String[]::new));
		if (filter.campaign() != null) {
			conditions.add("i.campaign_id = :campaign");
			params.put("campaign", filter.campaign().value());
		}
		else if (filter.outsideCampaigns()) {
			conditions.add("i.campaign_id is null");
		}
		if (filter.kind() != null) {
			conditions.add("i.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.district() != null) {
			conditions.add("i.district_id = :district");
			params.put("district", filter.district().value());
		}
		if (filter.bbox() != null) {
			conditions.add("i.location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
			params.put("minLon", filter.bbox().minLon());
			params.put("minLat", filter.bbox().minLat());
			params.put("maxLon", filter.bbox().maxLon());
			params.put("maxLat", filter.bbox().maxLat());
		}
		return " where " + String.join(" and ", conditions);
	}

}
