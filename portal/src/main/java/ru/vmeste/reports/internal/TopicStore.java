package ru.vmeste.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;

/**
 * SQL for topics.
 */
@Repository
public class TopicStore {

	private final JdbcClient jdbc;

	TopicStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> all() {
		return jdbc.sql("""
				select t.* from reports_topics t left join reports_topics g on g.id = t.parent_id
				order by coalesce(g.sort_order, t.sort_order), t.parent_id nulls first, t.sort_order, t.name_ru
				""").query(TopicStore::topic).list();
	}

	public Optional<Topic> find(TopicId id) {
		return jdbc.sql("select * from reports_topics where id = ?").param(id.value()).query(TopicStore::topic).optional();
	}

	public Optional<Topic> byCode(String code) {
		return jdbc.sql("select * from reports_topics where code = ?").param(code).query(TopicStore::topic).optional();
	}

	public TopicId insert(String code, @Nullable TopicId parent, LocalizedText name, int order) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into reports_topics (id, code, parent_id, name_ru, name_en, sort_order) values (?, ?, ?, ?, ?, ?)")
			.params(id, code, parent == null ? null : parent.value(), name.ru(), name.en(), order)
			.update();
		return new TopicId(id);
	}

	private static Topic topic(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Topic(new TopicId(rs.getObject("id", UUID.class)), rs.getString("code"),
				parent == null ? null : new TopicId(parent), new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")),
				rs.getInt("sort_order"), rs.getBoolean("active"));
	}

}
