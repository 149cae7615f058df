package ru.vmeste.reports.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * SQL for process definitions and their versions; a version's stages are stored as JSON.
 */
@Repository
class ProcessStore {

	/** A stage as stored. */
	record StoredStage(String code, String nameRu, String nameEn, int days, Stage.Mover mover) {
	}

	private static final String CURRENT = """
			select v.*, p.topic_id from reports_process_versions v join reports_processes p on p.id = v.process_id
			where v.version = (select max(version) from reports_process_versions where process_id = p.id)
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProcessStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The current version of the most specific process: the topic's, its group's or the default. */
	Optional<ProcessVersion> currentFor(TopicId topic, @Nullable TopicId group) {
		UUID groupId = group == null ? topic.value() : group.value();
		return jdbc.sql(CURRENT + """
				and (p.topic_id = :topic or p.topic_id = :group or p.topic_id is null)
				order by case when p.topic_id = :topic then 0 when p.topic_id = :group then 1 else 2 end limit 1
				""")
			.param("topic", topic.value())
			.param("group", groupId)
			.query(this::row)
			.optional();
	}

	/** The current version of every process, the default first: at most one per topic. */
	List<ProcessVersion> allCurrent() {
		return jdbc.sql(CURRENT + " order by p.topic_id nulls first").query(this::row).list();
	}

	Optional<ProcessVersion> version(UUID id) {
		return jdbc.sql("""
				select v.*, p.topic_id from reports_process_versions v join reports_processes p on p.id = v.process_id
				where v.id = ?
				""").param(id).query(this::row).optional();
	}

	Optional<UUID> processFor(@Nullable TopicId scope) {
		return (scope == null ? jdbc.sql("select id from reports_processes where topic_id is null")
				: jdbc.sql("select id from reports_processes where topic_id = ?").param(scope.value()))
			.query(UUID.class)
			.optional();
	}

	Paged<ProcessVersion> versions(UUID process, PageQuery page) {
		List<ProcessVersion> items = jdbc.sql("""
				select v.*, p.topic_id from reports_process_versions v join reports_processes p on p.id = v.process_id
				where v.process_id = ? order by v.version desc limit ? offset ?
				""").params(process, page.size(), page.offset()).query(this::row).list();
		long total = jdbc.sql("select count(*) from reports_process_versions where process_id = ?").param(process)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	void insertProcess(UUID id, @Nullable TopicId scope, Instant at) {
		jdbc.sql("insert into reports_processes (id, topic_id, created_at) values (?, ?, ?)")
			.params(id, scope == null ? null : scope.value(), Timestamp.from(at))
			.update();
	}

	/** Adds the next version of a process; the lock on the process row keeps version numbers apart. */
	void insertVersion(ProcessVersion version, @Nullable UserId author) {
		jdbc.sql("select id from reports_processes where id = ? for update").param(version.process()).query(UUID.class)
			.single();
		int next = jdbc.sql("select coalesce(max(version), 0) + 1 from reports_process_versions where process_id = ?")
			.param(version.process())
			.query(Integer.class)
			.single();
		String stages = json.writeValueAsString(version.stages()
			.stream()
			.map(stage -> new StoredStage(stage.code(), stage.name().ru(), stage.name().en(), stage.days(), stage.mover()))
			.toList());
		jdbc.sql("""
				insert into reports_process_versions (id, process_id, version, total_days, remind_percent,
				    notify_head_overdue, stages, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
				""")
			.params(version.id(), version.process(), next, version.totalDays(), version.remindPercent(),
					version.notifyHeadWhenOverdue(), stages, author == null ? null : author.value(),
					Timestamp.from(version.createdAt()))
			.update();
	}

	private ProcessVersion row(ResultSet rs, int row) throws SQLException {
		UUID topic = rs.getObject("topic_id", UUID.class);
		List<Stage> stages = json.readValue(rs.getString("stages"), new TypeReference<List<StoredStage>>() {
		}).stream().map(stage -> new Stage(stage.code(), new LocalizedText(stage.nameRu(), stage.nameEn()), stage.days(),
				stage.mover())).toList();
		return new ProcessVersion(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
				topic == null ? null : new TopicId(topic), rs.getInt("version"), stages, rs.getInt("total_days"),
				rs.getInt("remind_percent"), rs.getBoolean("notify_head_overdue"), rs.getTimestamp("created_at").toInstant());
	}

}
