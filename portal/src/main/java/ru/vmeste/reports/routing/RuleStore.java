package ru.vmeste.reports.routing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * SQL for responsibility rules.
 */
@Repository
class RuleStore {

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active rules of a topic and of its group: everything routing needs for an appeal. */
	List<RoutingRule> forTopic(TopicId topic, @Nullable TopicId group) {
		List<UUID> topics = group == null ? List.of(topic.value()) : List.of(topic.value(), group.value());
		return jdbc.sql("select * from reports_routing_rules where topic_id in (:topics) and active")
			.param("topics", topics)
			.query(RuleStore::rule)
			.list();
	}

	/** The active area rules (those naming an organization), at most 1000: the few a region has. */
	List<RoutingRule> active() {
		return jdbc.sql("select * from reports_routing_rules where active and organization_id is not null order by id limit 1000")
			.query(RuleStore::rule)
			.list();
	}

	Optional<RoutingRule> find(UUID id) {
		return jdbc.sql("select * from reports_routing_rules where id = ?").param(id).query(RuleStore::rule).optional();
	}

	Paged<RoutingRule> page(RuleAdministration.Filter filter, PageQuery page) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!filter.includeInactive()) {
			conditions.add("active");
		}
		if (filter.topic() != null) {
			conditions.add("topic_id = :topic");
			params.put("topic", filter.topic().value());
		}
		if (filter.district() != null) {
			conditions.add("district_id = :district");
			params.put("district", filter.district().value());
		}
		if (filter.organization() != null) {
			conditions.add("organization_id = :organization");
			params.put("organization", filter.organization().value());
		}
		String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
		List<RoutingRule> items = jdbc.sql("select * from reports_routing_rules where " + where
				+ " order by topic_id, kind desc, district_id nulls first, id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RuleStore::rule)
			.list();
		long total = jdbc.sql("select count(*) from reports_routing_rules where " + where).params(params)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	long countActive() {
		return jdbc.sql("select count(*) from reports_routing_rules where active").query(Long.class).single();
	}

	void insert(RoutingRule rule, Instant at) {
		jdbc.sql("""
				insert into reports_routing_rules (id, kind, topic_id, district_id, organization_id, object_types, radius_m,
				    active, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(rule.id(), rule.kind().name(), rule.topic().value(), value(rule.district()),
					rule.organization() == null ? null : rule.organization().value(),
					rule.objectTypes().stream().sorted().toArray(String[]::new), rule.radiusMeters(), rule.active(),
					Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	void update(RoutingRule rule, Instant at) {
		jdbc.sql("""
				update reports_routing_rules set kind = ?, topic_id = ?, district_id = ?, organization_id = ?,
				    object_types = ?, radius_m = ?, active = ?, updated_at = ? where id = ?
				""")
			.params(rule.kind().name(), rule.topic().value(), value(rule.district()),
					rule.organization() == null ? null : rule.organization().value(),
					rule.objectTypes().stream().sorted().toArray(String[]::new), rule.radiusMeters(), rule.active(),
					Timestamp.from(at), rule.id())
			.update();
	}

	private static @Nullable UUID value(@Nullable DistrictId district) {
		return district == null ? null : district.value();
	}

	static RoutingRule rule(ResultSet rs, int row) throws SQLException {
		UUID district = rs.getObject("district_id", UUID.class);
		UUID organization = rs.getObject("organization_id", UUID.class);
		Array types = rs.getArray("object_types");
		return new RoutingRule(rs.getObject("id", UUID.class), RoutingRule.Kind.valueOf(rs.getString("kind")),
				new TopicId(rs.getObject("topic_id", UUID.class)), district == null ? null : new DistrictId(district),
				organization == null ? null : new OrganizationId(organization), Set.copyOf(Arrays.asList((String[]) types.getArray())),
				rs.getInt("radius_m"), rs.getBoolean("active"));
	}

}
