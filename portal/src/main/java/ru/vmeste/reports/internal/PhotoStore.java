package ru.vmeste.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.platform.files.FileKey;
import ru.vmeste.reports.AppealId;

/**
 * SQL for the photos of appeals; the bytes live in the file store.
 */
@Repository
class PhotoStore {

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AppealPhoto photo, int width, int height, Instant at) {
		jdbc.sql("""
				insert into reports_appeal_photos (id, appeal_id, file_key, thumbnail_key, content_type, width, height, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(photo.id(), photo.appeal().value(), photo.file().value(), photo.thumbnail().value(),
				photo.contentType(), width, height, Timestamp.from(at))
			.update();
	}

	int count(AppealId appeal) {
		return jdbc.sql("select count(*) from reports_appeal_photos where appeal_id = ?").param(appeal.value())
			.query(Integer.class)
			.single();
	}

	public List<AppealPhoto> of(AppealId appeal) {
		return jdbc.sql("select * from reports_appeal_photos where appeal_id = ? order by created_at, id")
			.param(appeal.value())
			.query((rs, row) -> photo(rs))
			.list();
	}

	public Optional<AppealPhoto> find(AppealId appeal, UUID id) {
		return jdbc.sql("select * from reports_appeal_photos where appeal_id = ? and id = ?").params(appeal.value(), id)
			.query((rs, row) -> photo(rs))
			.optional();
	}

	private static AppealPhoto photo(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AppealPhoto(rs.getObject("id", UUID.class), new AppealId(rs.getObject("appeal_id", UUID.class)),
				new FileKey(rs.getString("file_key")), new FileKey(rs.getString("thumbnail_key")),
				rs.getString("content_type"));
	}

}
