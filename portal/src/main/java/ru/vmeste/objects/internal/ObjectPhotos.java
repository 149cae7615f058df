package ru.vmeste.objects.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.shared.DomainException;

/**
 * Photos of objects: re-encoded without metadata before they are kept, at most
 * {@value #MAX_PER_OBJECT} per object.
 */
@Service
public class ObjectPhotos {

	public static final int MAX_PER_OBJECT = 20;

	/** A stored photo of an object. */
	public record Photo(UUID id, int width, int height) {
	}

	/** A photo's bytes to serve. */
	public record Content(InputStream bytes, String contentType) {
	}

	private final JdbcClient jdbc;

	private final FileStore files;

	private final StagedFiles staged;

	private final ImageSanitizer sanitizer;

	private final Clock clock;

	ObjectPhotos(JdbcClient jdbc, FileStore files, StagedFiles staged, ImageSanitizer sanitizer, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.staged = staged;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	public List<Photo> of(ObjectId object) {
		return jdbc.sql("select id, width, height from objects_photos where object_id = ? order by created_at limit ?")
			.params(object.value(), MAX_PER_OBJECT)
			.query((rs, row) -> new Photo(rs.getObject("id", UUID.class), rs.getInt("width"), rs.getInt("height")))
			.list();
	}

	@Transactional
	public Photo add(ObjectId object, byte[] upload) {
		if (of(object).size() >= MAX_PER_OBJECT) {
			throw DomainException.conflict("objects.photo.too-many", MAX_PER_OBJECT);
		}
		CleanImage image = sanitizer.sanitize(upload);
		FileKey photo = staged.store(image.bytes());
		FileKey thumbnail = staged.store(image.thumbnail());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into objects_photos (id, object_id, file_key, thumbnail_key, content_type, width, height, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, object.value(), photo.value(), thumbnail.value(), image.contentType(), image.width(),
					image.height(), Timestamp.from(clock.instant()))
			.update();
		return new Photo(id, image.width(), image.height());
	}

	public Optional<Content> open(ObjectId object, UUID photo, boolean thumbnail) {
		return jdbc.sql("select file_key, thumbnail_key, content_type from objects_photos where id = ? and object_id = ?")
			.params(photo, object.value())
			.query((rs, row) -> thumbnail ? new Stored(rs.getString("thumbnail_key"), "image/jpeg")
					: new Stored(rs.getString("file_key"), rs.getString("content_type")))
			.optional()
			.flatMap(stored -> files.open(new FileKey(stored.key())).map(bytes -> new Content(bytes, stored.contentType())));
	}

	/** Forgets a photo; its files go once the removal is committed. */
	@Transactional
	public void remove(ObjectId object, UUID photo) {
		jdbc.sql("delete from objects_photos where id = ? and object_id = ? returning file_key, thumbnail_key")
			.params(photo, object.value())
			.query((rs, row) -> List.of(new FileKey(rs.getString("file_key")), new FileKey(rs.getString("thumbnail_key"))))
			.optional()
			.ifPresent(keys -> keys.forEach(staged::deleteOnCommit));
	}

	private record Stored(String key, String contentType) {
	}

}
