package ru.vmeste.organizations.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * The demo city's authorities: the city administration (default moderator), its departments,
 * municipal companies and the seven district administrations. The demo official works in
 * the road maintenance company, which demo routing sends road topics to.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class OrganizationsDemoData implements ApplicationRunner, Ordered {

	/** The organization that handles most road topics in the demo. */
	static final String ROADS = "perm-roads";

	private static final Logger log = LoggerFactory.getLogger(OrganizationsDemoData.class);

	private final OrganizationStore store;

	private final Territory territory;

	private final Residents residents;

	OrganizationsDemoData(OrganizationStore store, Territory territory, Residents residents) {
		this.store = store;
		this.territory = territory;
		this.residents = residents;
	}

	@Override
	public int getOrder() {
		return 400;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (store.byCode("perm-city").isPresent()) {
			return;
		}
		OrganizationId city = store.insert("perm-city", new LocalizedText("Администрация города Перми", "Perm City Administration"),
				OrganizationKind.ADMINISTRATION, null, null, true);
		department(city, "perm-improvement", "Управление внешнего благоустройства", "Department of Urban Improvement");
		department(city, "perm-housing", "Департамент жилищно-коммунального хозяйства", "Department of Housing and Utilities");
		department(city, "perm-transport", "Департамент дорог и транспорта", "Department of Roads and Transport");
		department(city, "perm-environment", "Управление по экологии и природопользованию", "Department of Ecology and Nature");
		department(city, "perm-order", "Управление общественной безопасности", "Department of Public Safety");
		department(city, "perm-construction", "Управление капитального строительства", "Department of Capital Construction");
		OrganizationId roads = company(city, ROADS, "МКУ «Пермблагоустройство»", "Permblagoustroystvo (road maintenance)");
		company(city, "perm-light", "МКУ «Горсвет»", "Gorsvet (street lighting)");
		company(city, "perm-water", "ООО «Новогор-Прикамье»", "Novogor-Prikamye (water and sewage)");
		company(city, "perm-waste", "ООО «ПКК» — региональный оператор по отходам", "PKK (regional waste operator)");
		company(city, "perm-greenery", "МБУ «Пермское городское лесничество»", "Perm City Forestry (parks and trees)");
		Map<String, DistrictId> districts = territory.districts()
			.stream()
			.collect(Collectors.toMap(District::code, District::id));
		districts.forEach((code, district) -> store.insert("perm-district-" + code,
				new LocalizedText("Администрация " + genitive(territory, district) + " района",
						territory.district(district).orElseThrow().name().en() + " District Administration"),
				OrganizationKind.DISTRICT_ADMINISTRATION, city, district, false));
		residents.findByEmail("official@demo.vmeste").ifPresent(official -> store.addMember(roads, official, MemberRole.HEAD));
		// every other organization the demo's routing names has an official too: identity's demo made their
		// accounts, official.<organization code>@demo.vmeste
		store.all()
			.stream()
			.filter(organization -> !organization.id().equals(roads))
			.forEach(organization -> residents.findByEmail("official." + organization.code() + "@demo.vmeste")
				.ifPresent(official -> store.addMember(organization.id(), official, MemberRole.HEAD)));
		residents.findByEmail("admin@demo.vmeste").ifPresent(admin -> store.addMember(city, admin, MemberRole.HEAD));
		log.info("Demo organizations created");
	}

	private void department(OrganizationId city, String code, String ru, String en) {
		store.insert(code, new LocalizedText(ru, en), OrganizationKind.DEPARTMENT, city, null, false);
	}

	private OrganizationId company(OrganizationId city, String code, String ru, String en) {
		return store.insert(code, new LocalizedText(ru, en), OrganizationKind.MUNICIPAL_COMPANY, city, null, false);
	}

	/** "Ленинский" → "Ленинского": the district names are adjectives ending in -ий or -ый. */
	private static String genitive(Territory territory, DistrictId district) {
		String name = territory.district(district).orElseThrow().name().ru();
		return name.replaceFirst("(ий|ый)$", "ого");
	}

}
