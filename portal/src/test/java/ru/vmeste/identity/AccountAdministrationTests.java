package ru.vmeste.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.AccountAdministration.NewAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class AccountAdministrationTests {

	private static final GeoPoint LENINSKY = new GeoPoint(58.0106, 56.2420);

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Residents residents;

	@Autowired
	Users users;

	@Autowired
	Territory territory;

	@Autowired
	MockMvcTester mvc;

	@Test
	void opensAStaffAccountThatSignsInAtOnceWithItsRoles() {
		String email = DemoAccounts.uniqueEmail();
		UserId official = accounts.open(NewAccount.staff(email, "Staff Member", "initial-secret", Locale.ENGLISH,
				EnumSet.of(Role.OFFICIAL, Role.VERIFIER)));
		assertThat(residents.statusOf(official).orElseThrow().emailConfirmed()).isTrue();
		assertThat(users.byId(official).orElseThrow().roles()).containsExactlyInAnyOrder(Role.OFFICIAL, Role.VERIFIER);
		assertThat(DemoAccounts.bearer(mvc, email, "initial-secret")).isNotBlank();
	}

	@Test
	void refusesAnEmailThatHasAnAccountAndAHomeOutsideTheDistricts() {
		assertThatThrownBy(() -> accounts.open(NewAccount.staff(DemoAccounts.OFFICIAL.toUpperCase(Locale.ROOT), "Twin",
				"initial-secret", Locale.ENGLISH, EnumSet.of(Role.OFFICIAL))))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("identity.email-taken"));
		String email = DemoAccounts.uniqueEmail();
		assertThatThrownBy(() -> accounts.open(new NewAccount(email, "Far Away", "initial-secret", Locale.ENGLISH,
				EnumSet.of(Role.RESIDENT), null, "Moscow", new GeoPoint(55.75, 37.62), null)))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("territory.outside-districts"));
		assertThat(residents.findByEmail(email)).isEmpty();
	}

	@Test
	void opensManyAccountsAtOnceEachSigningInWithItsOwnInitialPassword() {
		String first = DemoAccounts.uniqueEmail();
		String second = DemoAccounts.uniqueEmail();
		String third = DemoAccounts.uniqueEmail();
		List<UserId> opened = accounts.openAll(List.of(
				NewAccount.staff(first, "First Official", "shared-secret", Locale.ENGLISH, EnumSet.of(Role.OFFICIAL)),
				NewAccount.staff(second, "Second Official", "shared-secret", Locale.ENGLISH, EnumSet.of(Role.MODERATOR)),
				NewAccount.staff(third, "Third Official", "own-secret", Locale.ENGLISH, EnumSet.of(Role.EXPERT))));
		assertThat(opened).containsExactly(residents.findByEmail(first).orElseThrow(),
				residents.findByEmail(second).orElseThrow(), residents.findByEmail(third).orElseThrow());
		assertThat(users.byId(opened.get(1)).orElseThrow().roles()).containsExactly(Role.MODERATOR);
		assertThat(DemoAccounts.bearer(mvc, first, "shared-secret")).isNotBlank();
		assertThat(DemoAccounts.bearer(mvc, second, "shared-secret")).isNotBlank();
		assertThat(DemoAccounts.bearer(mvc, third, "own-secret")).isNotBlank();
	}

	@Test
	void opensNoneOfManyAccountsWhenOneEmailHasAnAccount() {
		String fresh = DemoAccounts.uniqueEmail();
		assertThatThrownBy(() -> accounts.openAll(List.of(
				NewAccount.staff(fresh, "Fresh Official", "initial-secret", Locale.ENGLISH, EnumSet.of(Role.OFFICIAL)),
				NewAccount.staff(DemoAccounts.OFFICIAL, "Twin", "initial-secret", Locale.ENGLISH,
						EnumSet.of(Role.OFFICIAL)))))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("identity.email-taken"));
		assertThat(residents.findByEmail(fresh)).isEmpty();
	}

	@Test
	void importsAResidentWhoseAddressAVerifierWhoseReachCoversItVerifies() {
		UserId resident = accounts.open(new NewAccount(DemoAccounts.uniqueEmail(), "Imported Resident", "initial-secret",
				Locale.ENGLISH, EnumSet.of(Role.RESIDENT), "+7 342 200-00-01", "Perm, Lenina 51", LENINSKY,
				LocalDate.of(1990, 1, 2)));
		ResidentStatus imported = residents.statusOf(resident).orElseThrow();
		assertThat(imported.district()).isEqualTo(territory.locate(LENINSKY).orElseThrow().id());
		assertThat(imported.isAddressVerified()).isFalse();
		UserId moderator = residents.findByEmail(DemoAccounts.MODERATOR).orElseThrow();
		assertThatThrownBy(() -> accounts.verifyAddress(resident, moderator)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
		accounts.verifyAddress(resident, residents.findByEmail(DemoAccounts.ADMIN).orElseThrow());
		assertThat(residents.statusOf(resident).orElseThrow().isAddressVerified()).isTrue();
	}

	@Test
	void theDemoResidentLivesInLeninskyWithAVerifiedAddress() {
		ResidentStatus demo = residents.statusOf(residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow()).orElseThrow();
		assertThat(demo.isAddressVerified()).isTrue();
		assertThat(demo.district()).isEqualTo(territory.locate(LENINSKY).orElseThrow().id());
	}

}
