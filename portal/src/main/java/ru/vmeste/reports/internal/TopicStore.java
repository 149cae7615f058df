package ru.vmeste.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.RegionId;

/**
 * SQL for topics, their activity per region and their extra questions.
 */
@Repository
public class TopicStore {

	private static final String SELECT = """
			select t.*, coalesce(r.active, true) as active from reports_topics t
			left join reports_topic_regions r on r.topic_id = t.id and r.region_id = ?::uuid
			""";

	private final JdbcClient jdbc;

	TopicStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> all(@Nullable RegionId region) {
		return jdbc.sql(SELECT + """
				left join reports_topics g on g.id = t.parent_id
				order by coalesce(g.sort_order, t.sort_order), t.parent_id nulls first, t.sort_order, t.name_ru
				""").param(uuid(region)).query(TopicStore::topic).list();
	}

	public Optional<Topic> find(TopicId id, @Nullable RegionId region) {
		return jdbc.sql(SELECT + " where t.id = ?").params(uuid(region), id.value()).query(TopicStore::topic).optional();
	}

	public Optional<Topic> byCode(String code, @Nullable RegionId region) {
		return jdbc.sql(SELECT + " where t.code = ?").params(uuid(region), code).query(TopicStore::topic).optional();
	}

	public TopicId insert(String code, @Nullable TopicId parent, LocalizedText name, int order) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into reports_topics (id, code, parent_id, name_ru, name_en, sort_order) values (?, ?, ?, ?, ?, ?)")
			.params(id, code, parent == null ? null : parent.value(), name.ru(), name.en(), order)
			.update();
		return new TopicId(id);
	}

	public int nextOrder() {
		return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from reports_topics").query(Integer.class).single();
	}

	void update(TopicId id, String code, @Nullable TopicId parent, LocalizedText name) {
		jdbc.sql("update reports_topics set code = ?, parent_id = ?, name_ru = ?, name_en = ? where id = ?")
			.params(code, parent == null ? null : parent.value(), name.ru(), name.en(), id.value())
			.update();
	}

	void setOrder(TopicId id, int order) {
		jdbc.sql("update reports_topics set sort_order = ? where id = ?").params(order, id.value()).update();
	}

	void setActive(TopicId id, RegionId region, boolean active) {
		jdbc.sql("""
				insert into reports_topic_regions (topic_id, region_id, active) values (?, ?, ?)
				on conflict (topic_id, region_id) do update set active = excluded.active
				""").params(id.value(), region.value(), active).update();
	}

	/** Every topic's extra questions, each topic's in their order (a few per topic). */
	Map<TopicId, List<TopicQuestion>> allQuestions() {
		Map<TopicId, List<TopicQuestion>> questions = new HashMap<>();
		jdbc.sql("select * from reports_topic_questions order by topic_id, sort_order, label_ru")
			.query((rs, row) -> Map.entry(new TopicId(rs.getObject("topic_id", UUID.class)), question(rs, row)))
			.list()
			.forEach(entry -> questions.computeIfAbsent(entry.getKey(), topic -> new ArrayList<>()).add(entry.getValue()));
		questions.replaceAll((topic, list) -> List.copyOf(list));
		return Map.copyOf(questions);
	}

	public void addQuestion(TopicId topic, LocalizedText label, boolean numeric, boolean required) {
		jdbc.sql("""
				insert into reports_topic_questions (id, topic_id, label_ru, label_en, numeric, required, sort_order)
				values (?, ?, ?, ?, ?, ?, (select count(*) from reports_topic_questions where topic_id = ?))
				""").params(UUID.randomUUID(), topic.value(), label.ru(), label.en(), numeric, required, topic.value())
			.update();
	}

	void removeQuestion(TopicId topic, UUID question) {
		jdbc.sql("delete from reports_topic_questions where id = ? and topic_id = ?").params(question, topic.value()).update();
	}

	private static @Nullable UUID uuid(@Nullable RegionId region) {
		return region == null ? null : region.value();
	}

	private static Topic topic(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Topic(new TopicId(rs.getObject("id", UUID.class)), rs.getString("code"),
				parent == null ? null : new TopicId(parent), new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")),
				rs.getInt("sort_order"), rs.getBoolean("active"));
	}

	private static TopicQuestion question(ResultSet rs, int row) throws SQLException {
		return new TopicQuestion(rs.getObject("id", UUID.class), new TopicId(rs.getObject("topic_id", UUID.class)),
				new LocalizedText(rs.getString("label_ru"), rs.getString("label_en")), rs.getBoolean("numeric"),
				rs.getBoolean("required"));
	}

}
