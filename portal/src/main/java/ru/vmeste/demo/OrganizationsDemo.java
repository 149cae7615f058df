package ru.vmeste.demo;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.OrganizationStructure;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * The demo city's authorities: the city administration (the default moderator), its departments,
 * municipal companies and the district administrations. The demo official heads the road
 * maintenance company, which demo routing sends road topics to; the demo administrator heads the
 * city administration.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class OrganizationsDemo implements Seeder {

	/** The organization that handles most road topics in the demo. */
	static final String ROADS = "perm-roads";

	private final OrganizationStructure structure;

	private final Organizations organizations;

	private final Territory territory;

	private final Residents residents;

	OrganizationsDemo(OrganizationStructure structure, Organizations organizations, Territory territory,
			Residents residents) {
		this.structure = structure;
		this.organizations = organizations;
		this.territory = territory;
		this.residents = residents;
	}

	@Override
	public void seed() {
		if (organizations.byCode("perm-city").isPresent()) {
			return;
		}
		OrganizationId city = create("perm-city", "Администрация города Перми", "Perm City Administration",
				OrganizationKind.ADMINISTRATION, null, null);
		structure.chooseDefaultModerator(city);
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
		for (District district : territory.districts()) {
			create("perm-district-" + district.code(), "Администрация " + genitive(district) + " района",
					district.name().en() + " District Administration", OrganizationKind.DISTRICT_ADMINISTRATION, city,
					district.id());
		}
		residents.findByEmail("official@demo.vmeste").ifPresent(official -> structure.addMember(roads, official, MemberRole.HEAD));
		// every other organization the demo's routing names has an official too: IdentityDemo made their accounts
		organizations.all()
			.stream()
			.filter(organization -> !organization.id().equals(roads))
			.forEach(organization -> residents.findByEmail(IdentityDemo.officialOf(organization.code()))
				.ifPresent(official -> structure.addMember(organization.id(), official, MemberRole.HEAD)));
		residents.findByEmail("admin@demo.vmeste").ifPresent(admin -> structure.addMember(city, admin, MemberRole.HEAD));
	}

	private void department(OrganizationId city, String code, String ru, String en) {
		create(code, ru, en, OrganizationKind.DEPARTMENT, city, null);
	}

	private OrganizationId company(OrganizationId city, String code, String ru, String en) {
		return create(code, ru, en, OrganizationKind.MUNICIPAL_COMPANY, city, null);
	}

	private OrganizationId create(String code, String ru, String en, OrganizationKind kind,
			@Nullable OrganizationId parent, @Nullable DistrictId district) {
		return structure.create(new Organization(new OrganizationId(UUID.randomUUID()), code, new LocalizedText(ru, en),
				kind, parent, district, Organization.Contacts.none()));
	}

	/** "Ленинский" → "Ленинского": the district names are adjectives ending in -ий or -ый. */
	private static String genitive(District district) {
		return district.name().ru().replaceFirst("(ий|ый)$", "ого");
	}

}
