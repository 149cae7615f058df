package ru.vmeste.reports.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.workspace.Attachments;

/**
 * SQL for the authors' ratings of answers and other residents' "still not fixed".
 */
@Repository
class RatingStore {

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a rating; false when the answer was already rated. */
	boolean insert(AppealId appeal, UUID answer, UserId author, int score, boolean solved, @Nullable String comment,
			Attachments.@Nullable Stored photo, Instant at) {
		return jdbc.sql("""
				insert into reports_ratings (id, appeal_id, answer_id, author_id, score, solved, comment, photo_key,
				    photo_thumbnail_key, photo_type, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (answer_id) do nothing
				""")
			.params(UUID.randomUUID(), appeal.value(), answer, author.value(), score, solved, comment,
					photo == null ? null : photo.file().value(),
					photo == null || photo.thumbnail() == null ? null : photo.thumbnail().value(),
					photo == null ? null : photo.contentType(), Timestamp.from(at))
			.update() == 1;
	}

	/** The newest rating of the appeal's answers. */
	public Optional<Rating> latest(AppealId appeal) {
		return jdbc.sql("select * from reports_ratings where appeal_id = ? order by created_at desc, id limit 1")
			.param(appeal.value())
			.query(RatingStore::rating)
			.optional();
	}

	public Optional<Rating> find(AppealId appeal, UUID id) {
		return jdbc.sql("select * from reports_ratings where appeal_id = ? and id = ?").params(appeal.value(), id)
			.query(RatingStore::rating)
			.optional();
	}

	boolean confirmNotFixed(UUID answer, UserId resident, Instant at) {
		return jdbc.sql("insert into reports_not_fixed (answer_id, user_id, at) values (?, ?, ?) on conflict do nothing")
			.params(answer, resident.value(), Timestamp.from(at))
			.update() == 1;
	}

	public long notFixedCount(UUID answer) {
		return jdbc.sql("select count(*) from reports_not_fixed where answer_id = ?").param(answer).query(Long.class)
			.single();
	}

	public boolean confirmedNotFixed(UUID answer, UserId resident) {
		return jdbc.sql("select count(*) from reports_not_fixed where answer_id = ? and user_id = ?")
			.params(answer, resident.value())
			.query(Long.class)
			.single() > 0;
	}

	private static Rating rating(ResultSet rs, int row) throws SQLException {
		String photo = rs.getString("photo_key");
		String thumbnail = rs.getString("photo_thumbnail_key");
		return new Rating(rs.getObject("id", UUID.class), rs.getObject("answer_id", UUID.class), rs.getInt("score"),
				rs.getBoolean("solved"), rs.getString("comment"), photo == null ? null : new FileKey(photo),
				thumbnail == null ? null : new FileKey(thumbnail), rs.getString("photo_type"),
				rs.getTimestamp("created_at").toInstant());
	}

}
