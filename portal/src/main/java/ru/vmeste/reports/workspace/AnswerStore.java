package ru.vmeste.reports.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.reports.AppealId;

/**
 * SQL for the organizations' public answers and their files; the bytes live in the file store.
 */
@Repository
public class AnswerStore {

	private final JdbcClient jdbc;

	AnswerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Answer answer) {
		jdbc.sql("""
				insert into reports_answers (id, appeal_id, organization_id, official_id, text, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(answer.id(), answer.appeal().value(), answer.organization().value(),
				answer.official() == null ? null : answer.official().value(),
				answer.text(), Timestamp.from(answer.at())).update();
		for (AnswerFile file : answer.files()) {
			jdbc.sql("""
					insert into reports_answer_files (id, answer_id, file_key, thumbnail_key, content_type, name, created_at)
					values (?, ?, ?, ?, ?, ?, ?)
					""").params(file.id(), answer.id(), file.file().value(),
					file.thumbnail() == null ? null : file.thumbnail().value(), file.contentType(), file.name(),
					Timestamp.from(answer.at())).update();
		}
	}

	/** The newest answer (an appeal reopened after a rating gets another). */
	public Optional<Answer> latest(AppealId appeal) {
		return jdbc.sql("select * from reports_answers where appeal_id = ? order by created_at desc, id limit 1")
			.param(appeal.value())
			.query((rs, row) -> new Answer(rs.getObject("id", UUID.class), appeal,
					new OrganizationId(rs.getObject("organization_id", UUID.class)),
					official(rs.getObject("official_id", UUID.class)), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant(), List.of()))
			.optional()
			.map(answer -> new Answer(answer.id(), answer.appeal(), answer.organization(), answer.official(),
					answer.text(), answer.at(), files(answer.id())));
	}

	/** A file of any answer to the appeal. */
	public Optional<AnswerFile> file(AppealId appeal, UUID id) {
		return jdbc.sql("""
				select f.* from reports_answer_files f join reports_answers a on a.id = f.answer_id
				where a.appeal_id = ? and f.id = ?
				""").params(appeal.value(), id).query(AnswerStore::file).optional();
	}

	private List<AnswerFile> files(UUID answer) {
		return jdbc.sql("select * from reports_answer_files where answer_id = ? order by created_at, id").param(answer)
			.query(AnswerStore::file)
			.list();
	}

	private static @Nullable UserId official(@Nullable UUID id) {
		return id == null ? null : new UserId(id);
	}

	private static AnswerFile file(ResultSet rs, int row) throws SQLException {
		String thumbnail = rs.getString("thumbnail_key");
		return new AnswerFile(rs.getObject("id", UUID.class), rs.getObject("answer_id", UUID.class),
				new FileKey(rs.getString("file_key")), thumbnail == null ? null : new FileKey(thumbnail),
				rs.getString("content_type"), rs.getString("name"));
	}

}
