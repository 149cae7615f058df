package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * The demo accounts of the API contract (password {@value #PASSWORD}); the demo resident
 * lives in Leninsky district with a verified address, so may vote.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class IdentityDemoData implements ApplicationRunner, Ordered {

	static final String PASSWORD = "vmeste-demo";

	/** A courtyard on Lenin Street in the centre of Perm. */
	static final GeoPoint RESIDENT_HOME = new GeoPoint(58.0106, 56.2420);

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	private final Users users;

	private final PasswordEncoder passwords;

	private final Territory territory;

	private final Clock clock;

	IdentityDemoData(Users users, PasswordEncoder passwords, Territory territory, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.territory = territory;
		this.clock = clock;
	}

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

	@Override
	public int getOrder() {
		return 300;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		if (users.byEmail("expert@demo.vmeste").isEmpty()) {
			create("expert@demo.vmeste", "Эдуард Экспертов", EnumSet.of(Role.EXPERT), now);
		}
		if (users.byEmail("resident@demo.vmeste").isPresent()) {
			return;
		}
		UserId admin = create("admin@demo.vmeste", "Администратор портала", EnumSet.of(Role.ADMIN, Role.RESIDENT), now);
		create("moderator@demo.vmeste", "Мария Модератова", EnumSet.of(Role.MODERATOR, Role.RESIDENT), now);
		create("official@demo.vmeste", "Олег Чиновников", EnumSet.of(Role.OFFICIAL, Role.VERIFIER, Role.VOTE_MANAGER), now);
		UserId resident = create("resident@demo.vmeste", "Анна Жителева", EnumSet.of(Role.RESIDENT), now);
		District home = territory.locate(RESIDENT_HOME)
			.orElseThrow(() -> new IllegalStateException("The demo resident's home is outside the demo districts"));
		users.updateProfile(resident, "Анна Жителева", "+7 342 200-00-00", "Пермь, ул. Ленина, 50", RESIDENT_HOME,
				home.id(), LocalDate.of(1985, 4, 12));
		users.verifyAddress(resident, admin, now);
		List<String> organizations = new ArrayList<>(STAFFED);
		territory.districts().forEach(district -> organizations.add("perm-district-" + district.code()));
		for (int i = 0; i < organizations.size(); i++) {
			create(officialOf(organizations.get(i)), OFFICIAL_NAMES.get(i % OFFICIAL_NAMES.size()), EnumSet.of(Role.OFFICIAL),
					now);
		}
		log.info("Demo accounts created (password {})", PASSWORD);
	}

	/**
	 * The demo account of an official of the demo organization with this code (besides
	 * {@code official@demo.vmeste}, who works for the road organization), so that every
	 * organization the demo's routing rules name has someone to answer.
	 */
	static String officialOf(String organizationCode) {
		return "official." + organizationCode + "@demo.vmeste";
	}

	private UserId create(String email, String name, Set<Role> roles, Instant now) {
		UserId id = UserId.random();
		users.insert(id, email, passwords.encode(PASSWORD), name, Locale.forLanguageTag("ru"), now, roles);
		users.confirmEmail(id, now);
		return id;
	}

}
