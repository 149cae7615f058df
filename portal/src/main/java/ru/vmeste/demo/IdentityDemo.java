package ru.vmeste.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.AccountAdministration;
import ru.vmeste.identity.AccountAdministration.NewAccount;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Territory;

/**
 * The demo accounts of the API contract (password {@value #PASSWORD}), opened as an administrator
 * opens staff accounts: the administrator, the moderator, the official, the expert and the
 * resident, who lives in Leninsky district with an address the administrator verified, so may vote;
 * and one official for each organization the demo's routing names, {@code official.<code>@demo.vmeste}
 * (the organizations' demo makes them members).
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class IdentityDemo implements Seeder {

	static final String PASSWORD = "vmeste-demo";

	/** A courtyard on Lenin Street in the centre of Perm. */
	static final GeoPoint RESIDENT_HOME = new GeoPoint(58.0106, 56.2420);

	/**
	 * The demo organizations (besides the road company and the district administrations) whose
	 * officials have accounts; the departments of public safety and of capital construction have
	 * none, so the organizations page shows what an organization without officials looks like.
	 */
	static final List<String> STAFFED = List.of("perm-city", "perm-improvement", "perm-housing", "perm-transport",
			"perm-environment", "perm-light", "perm-water", "perm-waste", "perm-greenery");

	private static final List<String> OFFICIAL_NAMES = List.of("Ирина Петрова", "Сергей Кузнецов", "Елена Смирнова",
			"Дмитрий Волков", "Ольга Соколова", "Андрей Морозов", "Наталья Лебедева", "Павел Новиков", "Татьяна Козлова",
			"Алексей Попов");

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final AccountAdministration accounts;

	private final Residents residents;

	private final Territory territory;

	IdentityDemo(AccountAdministration accounts, Residents residents, Territory territory) {
		this.accounts = accounts;
		this.residents = residents;
		this.territory = territory;
	}

	@Override
	public void seed() {
		// one password for all: opened together, it is hashed once rather than per account
		List<NewAccount> opened = new ArrayList<>();
		if (residents.findByEmail("expert@demo.vmeste").isEmpty()) {
			opened.add(staff("expert@demo.vmeste", "Эдуард Экспертов", EnumSet.of(Role.EXPERT)));
		}
		if (residents.findByEmail("resident@demo.vmeste").isPresent()) {
			accounts.openAll(opened);
			return;
		}
		NewAccount admin = staff("admin@demo.vmeste", "Администратор портала", EnumSet.of(Role.ADMIN, Role.RESIDENT));
		NewAccount resident = new NewAccount("resident@demo.vmeste", "Анна Жителева", PASSWORD, RUSSIAN,
				EnumSet.of(Role.RESIDENT), "+7 342 200-00-00", "Пермь, ул. Ленина, 50", RESIDENT_HOME,
				LocalDate.of(1985, 4, 12));
		opened.add(admin);
		opened.add(staff("moderator@demo.vmeste", "Мария Модератова", EnumSet.of(Role.MODERATOR, Role.RESIDENT)));
		opened.add(staff("official@demo.vmeste", "Олег Чиновников",
				EnumSet.of(Role.OFFICIAL, Role.VERIFIER, Role.VOTE_MANAGER)));
		opened.add(resident);
		List<String> organizations = new ArrayList<>(STAFFED);
		territory.districts().forEach(district -> organizations.add("perm-district-" + district.code()));
		for (int i = 0; i < organizations.size(); i++) {
			opened.add(staff(officialOf(organizations.get(i)), OFFICIAL_NAMES.get(i % OFFICIAL_NAMES.size()),
					EnumSet.of(Role.OFFICIAL)));
		}
		List<UserId> ids = accounts.openAll(opened);
		accounts.verifyAddress(ids.get(opened.indexOf(resident)), ids.get(opened.indexOf(admin)));
	}

	/**
	 * The demo account of an official of the demo organization with this code (besides
	 * {@code official@demo.vmeste}, who works for the road organization), so that every
	 * organization the demo's routing rules name has someone to answer.
	 */
	static String officialOf(String organizationCode) {
		return "official." + organizationCode + "@demo.vmeste";
	}

	private static NewAccount staff(String email, String name, Set<Role> roles) {
		return NewAccount.staff(email, name, PASSWORD, RUSSIAN, roles);
	}

}
