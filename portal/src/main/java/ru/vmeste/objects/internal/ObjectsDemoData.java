package ru.vmeste.objects.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * The demo city's registry: ten object types and over 22,000 objects inside the districts,
 * streamed in with COPY so the first start stays fast. Runs after the organizations (400),
 * which own the objects; does nothing once the demo types exist.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class ObjectsDemoData implements ApplicationRunner, Ordered {

	static final String SOURCE = "demo";

	private static final Logger log = LoggerFactory.getLogger(ObjectsDemoData.class);

	private static final GeoPoint PERM_CENTRE = new GeoPoint(58.0105, 56.2294);

	private final ObjectTypeStore typeStore;

	private final ObjectTypeCatalog types;

	private final Organizations organizations;

	private final Territory territory;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	ObjectsDemoData(ObjectTypeStore typeStore, ObjectTypeCatalog types, Organizations organizations,
			Territory territory, DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.typeStore = typeStore;
		this.types = types;
		this.organizations = organizations;
		this.territory = territory;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 600;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (typeStore.all().stream().anyMatch(type -> type.code().equals(DemoTypes.SCHOOL))) {
			return;
		}
		long started = System.nanoTime();
		Instant now = clock.instant();
		Map<String, ObjectType> demoTypes = DemoTypes.all()
			.stream()
			.collect(Collectors.toMap(ObjectType::code, Function.identity()));
		demoTypes.values().forEach(type -> typeStore.insert(type, now));
		Map<String, OrganizationId> owners = organizations.all()
			.stream()
			.collect(Collectors.toMap(Organization::code, Organization::id));
		DemoCity city = new DemoCity(territory, territory.currentRegion().map(Region::center).orElse(PERM_CENTRE));
		// one batch: the cluster trigger then aggregates the whole city once
		ObjectCopy copy = ObjectCopy.into(dataSource, "objects_objects", 30_000);
		new DemoObjects(city, demoTypes, owners, draft -> copy.add(new ObjectId(UUID.randomUUID()), draft, SOURCE, now))
			.generate();
		long objects = copy.finish();
		jdbc.sql("""
				insert into objects_history (object_id, changed_at, change)
				select id, created_at, 'CREATED' from objects_objects where source = ?
				""").param(SOURCE).update();
		types.changed();
		log.info("Demo registry created: {} objects of {} types in {} ms", objects, demoTypes.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
