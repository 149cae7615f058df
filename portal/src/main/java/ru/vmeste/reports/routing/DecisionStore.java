package ru.vmeste.reports.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.RoutingStatistics.OrganizationCount;
import ru.vmeste.reports.RoutingStatistics.RuleCount;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * SQL for routing decisions and the misrouting counts drawn from them; anyone in the module may read decisions.
 */
@Repository
class DecisionStore {

	private final JdbcClient jdbc;

	DecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AppealId appeal, RoutingDecision decision, Instant at) {
		ObjectFinder.FoundObject object = decision.object();
		return jdbc.sql("""
				insert into reports_routing_decisions (appeal_id, kind, rule_id, organization_id, topic_id, district_id,
				    object_id, object_name_ru, object_name_en, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(appeal.value(), decision.kind().name(), decision.rule() == null ? null : decision.rule().id(),
					decision.organization().value(), decision.topic() == null ? null : decision.topic().value(),
					decision.district() == null ? null : decision.district().value(), object == null ? null : object.id(),
					object == null ? null : object.name().ru(), object == null ? null : object.name().en(),
					Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	long insertReroute(AppealId appeal, OrganizationId to, OrganizationId from, String reason, UserId official,
			Instant at) {
		return jdbc.sql("""
				insert into reports_routing_decisions (appeal_id, kind, organization_id, previous_organization_id, reason,
				    actor_id, decided_at)
				values (?, 'REROUTED', ?, ?, ?, ?, ?) returning id
				""")
			.params(appeal.value(), to.value(), from.value(), reason, official.value(), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<RecordedDecision> find(long id) {
		return jdbc.sql("select * from reports_routing_decisions where id = ?").param(id)
			.query(DecisionStore::decision)
			.optional();
	}

	public Map<Long, RecordedDecision> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from reports_routing_decisions where id in (:ids)").param("ids", ids)
			.query(DecisionStore::decision)
			.list()
			.stream()
			.collect(Collectors.toMap(RecordedDecision::id, Function.identity()));
	}

	void markMisrouted(long id) {
		jdbc.sql("update reports_routing_decisions set misrouted = true where id = ?").param(id).update();
	}

	/** The misrouted decisions of each of the rules (rules without any are left out). */
	Map<UUID, Long> misroutedOf(Collection<UUID> rules) {
		if (rules.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select rule_id, count(*) as misrouted from reports_routing_decisions
				where rule_id in (:rules) and misrouted group by rule_id
				""")
			.param("rules", rules)
			.query((rs, row) -> Map.entry(rs.getObject("rule_id", UUID.class), rs.getLong("misrouted")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Decisions each rule made and how many of them officials sent on, the most misrouting first. */
	Paged<RuleCount> countsByRule(PageQuery page) {
		List<RuleCount> items = jdbc.sql("""
				select rule_id, count(*) as routed, count(*) filter (where misrouted) as misrouted
				from reports_routing_decisions where rule_id is not null
				group by rule_id order by misrouted desc, routed desc, rule_id limit ? offset ?
				""")
			.params(page.size(), page.offset())
			.query((rs, row) -> new RuleCount(rs.getObject("rule_id", UUID.class), rs.getLong("routed"),
					rs.getLong("misrouted")))
			.list();
		long total = jdbc.sql("select count(distinct rule_id) from reports_routing_decisions").query(Long.class).single();
		return Paged.of(items, page, total);
	}

	/** Appeals each organization received by routing or re-routing and how many it had to send on. */
	Paged<OrganizationCount> countsByOrganization(PageQuery page) {
		List<OrganizationCount> items = jdbc.sql("""
				select organization_id, count(*) as routed, count(*) filter (where misrouted) as misrouted
				from reports_routing_decisions where kind <> 'DEFAULT'
				group by organization_id order by misrouted desc, routed desc, organization_id limit ? offset ?
				""")
			.params(page.size(), page.offset())
			.query((rs, row) -> new OrganizationCount(new OrganizationId(rs.getObject("organization_id", UUID.class)),
					rs.getLong("routed"), rs.getLong("misrouted")))
			.list();
		long total = jdbc.sql("select count(distinct organization_id) from reports_routing_decisions where kind <> 'DEFAULT'")
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	private static RecordedDecision decision(ResultSet rs, int row) throws SQLException {
		String objectRu = rs.getString("object_name_ru");
		return new RecordedDecision(rs.getLong("id"), DecisionKind.valueOf(rs.getString("kind")),
				rs.getObject("rule_id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
				organization(rs.getObject("previous_organization_id", UUID.class)),
				topic(rs.getObject("topic_id", UUID.class)), district(rs.getObject("district_id", UUID.class)),
				rs.getObject("object_id", UUID.class),
				objectRu == null ? null : new LocalizedText(objectRu, rs.getString("object_name_en")),
				rs.getString("reason"), user(rs.getObject("actor_id", UUID.class)), rs.getBoolean("misrouted"),
				rs.getTimestamp("decided_at").toInstant());
	}

	private static @Nullable OrganizationId organization(@Nullable UUID id) {
		return id == null ? null : new OrganizationId(id);
	}

	private static @Nullable TopicId topic(@Nullable UUID id) {
		return id == null ? null : new TopicId(id);
	}

	private static @Nullable DistrictId district(@Nullable UUID id) {
		return id == null ? null : new DistrictId(id);
	}

	private static @Nullable UserId user(@Nullable UUID id) {
		return id == null ? null : new UserId(id);
	}

}
