package ru.vmeste.works.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.works.PhotoStage;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.works.WorkId;

/**
 * SQL for the photos of works; the bytes live in the file store.
 */
@Repository
public class WorkPhotoStore {

	/** A stored photo of a stage of the works, with its thumbnail. */
	public record Photo(UUID id, WorkId work, PhotoStage stage, LocalDate takenOn, @Nullable String caption,
			FileKey file, FileKey thumbnail, String contentType) {
	}

	private final JdbcClient jdbc;

	WorkPhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Photo photo, int width, int height, Instant at) {
		jdbc.sql("""
				insert into works_photos (id, work_id, stage, taken_on, caption, file_key, thumbnail_key, content_type,
				    width, height, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(photo.id(), photo.work().value(), photo.stage().name(), photo.takenOn(), photo.caption(),
				photo.file().value(), photo.thumbnail().value(), photo.contentType(), width, height, Timestamp.from(at))
			.update();
	}

	int count(WorkId work) {
		return jdbc.sql("select count(*) from works_photos where work_id = ?").param(work.value())
			.query(Integer.class)
			.single();
	}

	/** The photos of works in the order they were taken; at most {@link WorkPhotos#MAX_PHOTOS}. */
	public List<Photo> of(WorkId work) {
		return jdbc.sql("select * from works_photos where work_id = ? order by taken_on, uploaded_at, id")
			.param(work.value())
			.query((rs, row) -> photo(rs))
			.list();
	}

	public Optional<Photo> find(WorkId work, UUID id) {
		return jdbc.sql("select * from works_photos where work_id = ? and id = ?").params(work.value(), id)
			.query((rs, row) -> photo(rs))
			.optional();
	}

	private static Photo photo(ResultSet rs) throws SQLException {
		return new Photo(rs.getObject("id", UUID.class), new WorkId(rs.getObject("work_id", UUID.class)),
				PhotoStage.valueOf(rs.getString("stage")), rs.getDate("taken_on").toLocalDate(), rs.getString("caption"),
				new FileKey(rs.getString("file_key")), new FileKey(rs.getString("thumbnail_key")),
				rs.getString("content_type"));
	}

}
