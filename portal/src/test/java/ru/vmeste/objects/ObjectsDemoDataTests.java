package ru.vmeste.objects;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city has a registry worth exploring: over 22,000 objects of the ten demo types in
 * every district, each owned by the organization that answers for its kind.
 */
@PortalTest
class ObjectsDemoDataTests {

	@Autowired
	CityObjects objects;

	@Autowired
	Organizations organizations;

	@Autowired
	Territory territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsOver22000ObjectsOfTenTypesInEveryDistrict() {
		assertThat(objects.types()).extracting(ObjectType::code)
			.contains("road-segment", "yard", "playground", "school", "clinic", "hockey-rink", "park", "street-light",
					"bus-stop", "apartment-building");
		assertThat(jdbc.sql("select count(*) from objects_objects").query(Long.class).single()).isGreaterThanOrEqualTo(22_000);
		Map<Object, Long> perDistrict = jdbc.sql("select district_id, count(*) as n from objects_objects group by district_id")
			.query((rs, row) -> Map.entry(rs.getObject("district_id"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(perDistrict).hasSize(territory.districts().size());
		assertThat(perDistrict.values()).allMatch(count -> count > 300);
	}

	@Test
	void eachKindBelongsToItsResponsibleOrganization() {
		String roads = organizations.byCode("perm-roads").orElseThrow().id().toString();
		String light = organizations.byCode("perm-light").orElseThrow().id().toString();
		assertThat(ownersOf("road-segment")).containsExactly(roads);
		assertThat(ownersOf("street-light")).containsExactly(light);
		assertThat(ownersOf("yard")).hasSize(territory.districts().size())
			.allMatch(owner -> organizations.find(OrganizationId.of(owner))
				.orElseThrow()
				.code()
				.startsWith("perm-district-"));
	}

	private List<String> ownersOf(String typeCode) {
		return jdbc.sql("""
				select distinct o.owner_id::text from objects_objects o join objects_types t on t.id = o.type_id
				where t.code = ?
				""").param(typeCode).query(String.class).list();
	}

}
