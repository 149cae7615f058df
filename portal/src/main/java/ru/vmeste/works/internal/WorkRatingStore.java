package ru.vmeste.works.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.works.WorkId;

/**
 * SQL for residents' ratings of works. The author is kept by id to allow one rating per
 * resident and to tell them a decision; it is never shown.
 */
@Repository
public class WorkRatingStore {

	/** Where a rating is in moderation. */
	public enum Status {

		MODERATION, PUBLISHED, REJECTED

	}

	/** A rating; the public comment is the moderator's edit, if any. */
	public record Rating(UUID id, WorkId work, UserId author, int score, String comment, @Nullable String publicComment,
			@Nullable FileKey photo, @Nullable FileKey thumbnail, @Nullable String photoType, Status status,
			@Nullable String reason, Instant createdAt, @Nullable Instant decidedAt) {

		/** What the public reads: the moderator's edit or the resident's comment. */
		public String text() {
			return publicComment == null ? comment : publicComment;
		}

	}

	private final JdbcClient jdbc;

	WorkRatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Rating rating) {
		jdbc.sql("""
				insert into works_ratings (id, work_id, author_id, score, comment, photo_key, thumbnail_key, photo_type,
				    status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(rating.id(), rating.work().value(), rating.author().value(), rating.score(), rating.comment(),
				rating.photo() == null ? null : rating.photo().value(),
				rating.thumbnail() == null ? null : rating.thumbnail().value(), rating.photoType(), rating.status().name(),
				Timestamp.from(rating.createdAt()))
			.update();
	}

	public Optional<Rating> find(UUID id) {
		return jdbc.sql("select * from works_ratings where id = ?").param(id).query((rs, row) -> rating(rs)).optional();
	}

	Optional<Rating> lock(UUID id) {
		return jdbc.sql("select * from works_ratings where id = ? for update").param(id)
			.query((rs, row) -> rating(rs))
			.optional();
	}

	/** The author's rating of the works that moderators have not turned down, if any. */
	public Optional<Rating> byAuthor(WorkId work, UserId author) {
		return jdbc.sql("select * from works_ratings where work_id = ? and author_id = ? and status <> 'REJECTED'")
			.params(work.value(), author.value())
			.query((rs, row) -> rating(rs))
			.optional();
	}

	/** Published ratings, the newest first. */
	public Paged<Rating> published(WorkId work, PageQuery page) {
		List<Rating> ratings = jdbc.sql("""
				select * from works_ratings where work_id = ? and status = 'PUBLISHED'
				order by decided_at desc, id limit ? offset ?
				""").params(work.value(), page.size(), page.offset())
			.query((rs, row) -> rating(rs))
			.list();
		long total = jdbc.sql("select count(*) from works_ratings where work_id = ? and status = 'PUBLISHED'")
			.param(work.value())
			.query(Long.class)
			.single();
		return Paged.of(ratings, page, total);
	}

	void decide(UUID id, Status status, @Nullable String publicComment, @Nullable String reason, Instant at) {
		jdbc.sql("update works_ratings set status = ?, public_comment = ?, reason = ?, decided_at = ? where id = ?")
			.params(status.name(), publicComment, reason, Timestamp.from(at), id)
			.update();
	}

	private static Rating rating(ResultSet rs) throws SQLException {
		String photo = rs.getString("photo_key");
		String thumbnail = rs.getString("thumbnail_key");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Rating(rs.getObject("id", UUID.class), new WorkId(rs.getObject("work_id", UUID.class)),
				new UserId(rs.getObject("author_id", UUID.class)), rs.getInt("score"), rs.getString("comment"),
				rs.getString("public_comment"), photo == null ? null : new FileKey(photo),
				thumbnail == null ? null : new FileKey(thumbnail), rs.getString("photo_type"),
				Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}

}
