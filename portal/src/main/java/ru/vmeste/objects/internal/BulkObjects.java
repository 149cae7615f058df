package ru.vmeste.objects.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.ObjectBulkImport;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Territory;

/**
 * The registry filled in bulk ({@link ObjectBulkImport}): rows streamed with COPY in large
 * batches, so the clusters' trigger aggregates the city once per batch rather than per object.
 */
@Service
class BulkObjects implements ObjectBulkImport {

	private static final int ROWS_PER_BATCH = 30_000;

	private final ObjectTypeCatalog types;

	private final Territory territory;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	BulkObjects(ObjectTypeCatalog types, Territory territory, DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.types = types;
		this.territory = territory;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ObjectType saveType(ObjectType type) {
		return types.save(type);
	}

	@Override
	@Transactional
	public long load(String source, Consumer<Consumer<NewObject>> producer) {
		// microseconds, as the database keeps them: the history below finds the rows by this instant
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		ObjectCopy copy = ObjectCopy.into(dataSource, "objects_objects", ROWS_PER_BATCH);
		producer.accept(object -> {
			GeoPoint point = Geometries.representativePoint(object.geometry());
			territory.locate(point)
				.ifPresent(district -> copy.add(new ObjectId(UUID.randomUUID()),
						new ObjectDraft(object.type(), object.externalId(), object.name(), object.address(),
								object.geometry(), point, object.owner(), district.id(), object.status(),
								object.attributes()),
						source, now));
		});
		long stored = copy.finish();
		jdbc.sql("""
				insert into objects_history (object_id, changed_at, change)
				select id, created_at, 'CREATED' from objects_objects where source = ? and created_at = ?
				""").params(source, Timestamp.from(now)).update();
		types.changed();
		return stored;
	}

}
