package ru.vmeste.objects;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Routing asks which object is under or nearest to a reported point, and who owns it.
 */
@PortalTest
class NearestObjectTests {

	@Autowired
	CityObjects objects;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsTheYardUnderThePointAndItsDistrictAdministration() {
		CityObject yard = any("yard");
		GeoPoint inside = yard.point();
		NearbyObject found = objects.nearest(inside, Set.of("yard"), 50).orElseThrow();
		assertThat(found.id()).isEqualTo(yard.id());
		assertThat(found.distanceMeters()).isZero();
		assertThat(found.typeCode()).isEqualTo("yard");
		assertThat(organizations.find(found.owner()).orElseThrow().code()).startsWith("perm-district-");
	}

	@Test
	void findsTheNearestStreetLightWithinTheRadiusOnly() {
		CityObject light = any("street-light");
		GeoPoint twentyMetresNorth = new GeoPoint(light.point().lat() + 20 / 111_195.0, light.point().lon());
		NearbyObject found = objects.nearest(twentyMetresNorth, Set.of("street-light"), 25).orElseThrow();
		assertThat(found.owner()).isEqualTo(organizations.byCode("perm-light").orElseThrow().id());
		assertThat(found.distanceMeters()).isLessThanOrEqualTo(20.5);
		if (found.id().equals(light.id())) {
			assertThat(found.distanceMeters()).isCloseTo(20, within(0.5));
		}
		assertThat(objects.nearest(new GeoPoint(58.3, 56.9), Set.of("street-light"), 25)).isEmpty();
	}

	@Test
	void looksOnlyAtTheAskedTypes() {
		CityObject school = any("school");
		assertThat(objects.nearest(school.point(), Set.of("school"), 10)).get()
			.extracting(NearbyObject::id)
			.isEqualTo(school.id());
		assertThat(objects.nearest(school.point(), Set.of("no-such-type"), 10)).isEmpty();
		assertThat(objects.nearest(school.point(), Set.of(), 10)).isPresent();
	}

	@Test
	void findsAnObjectWithItsTypedAttributes() {
		CityObject road = any("road-segment");
		Geometry line = road.geometry();
		assertThat(line.getGeometryType()).isEqualTo("LineString");
		assertThat(road.attributes().get("surface")).isIn("асфальт", "брусчатка", "грунт");
		assertThat(road.attributes().get("repaired")).isInstanceOf(LocalDate.class);
		assertThat(objects.find(road.id())).contains(road);
	}

	private CityObject any(String typeCode) {
		ObjectType type = objects.typeByCode(typeCode).orElseThrow();
		String id = jdbc.sql("select id::text from objects_objects where type_id = ? order by name_ru limit 1")
			.param(type.id().value())
			.query(String.class)
			.single();
		return objects.find(ObjectId.of(id)).orElseThrow();
	}

}
