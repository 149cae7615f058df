package ru.vmeste.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.ObjectBulkImport;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * The demo city's registry: ten object types and over 22,000 objects inside the districts,
 * loaded in bulk so the first start stays fast; each owned by the organization that answers for
 * its kind (so after the organizations). Does nothing once the demo types exist.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class ObjectsDemo implements Seeder {

	static final String SOURCE = "demo";

	private static final Logger log = LoggerFactory.getLogger(ObjectsDemo.class);

	private static final GeoPoint PERM_CENTRE = new GeoPoint(58.0105, 56.2294);

	private final ObjectBulkImport registry;

	private final CityObjects objects;

	private final Organizations organizations;

	private final Territory territory;

	ObjectsDemo(ObjectBulkImport registry, CityObjects objects, Organizations organizations, Territory territory) {
		this.registry = registry;
		this.objects = objects;
		this.organizations = organizations;
		this.territory = territory;
	}

	@Override
	public void seed() {
		if (objects.types().stream().anyMatch(type -> type.code().equals(DemoTypes.SCHOOL))) {
			return;
		}
		Map<String, ObjectType> types = DemoTypes.all()
			.stream()
			.map(registry::saveType)
			.collect(Collectors.toMap(ObjectType::code, Function.identity()));
		Map<String, OrganizationId> owners = organizations.all()
			.stream()
			.collect(Collectors.toMap(Organization::code, Organization::id));
		DemoCity city = new DemoCity(territory, territory.currentRegion().map(Region::center).orElse(PERM_CENTRE));
		long loaded = registry.load(SOURCE, sink -> new DemoObjects(city, types, owners, sink).generate());
		log.info("Demo registry created: {} objects of {} types", loaded, types.size());
	}

}
