package ru.vmeste.identity;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import ru.vmeste.identity.internal.Accounts;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module with its direct dependencies: its account flows publish the events
 * other modules (notifications) react to.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Residents residents;

	@Test
	void registrationAsksForTheEmailToBeConfirmed(Scenario scenario) {
		scenario.stimulate(() -> accounts.register("module-" + System.nanoTime() + "@example.org", "a-long-password",
				"Module Test", Locale.ENGLISH, "https://vmeste.example"))
			.andWaitForEventOfType(EmailConfirmationRequested.class)
			.toArriveAndVerify(event -> assertThat(event.confirmationLink())
				.matches("https://vmeste\\.example/account/confirm\\?token=[A-Za-z0-9_-]{43}"));
	}

	@Test
	void aPasswordResetIsOfferedOnlyForKnownAddresses(Scenario scenario) {
		String email = "reset-" + System.nanoTime() + "@example.org";
		accounts.register(email, "a-long-password", "Reset Test", Locale.ENGLISH, "https://vmeste.example");
		scenario.stimulate(() -> accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT), "https://vmeste.example"))
			.andWaitForEventOfType(PasswordResetRequested.class)
			.toArriveAndVerify(event -> assertThat(event.resetLink()).contains("/account/reset?token="));
	}

	@Test
	void confirmingTheAddressPublishesEmailConfirmedOnce(Scenario scenario, PublishedEvents events) {
		UserId user = accounts.register("confirm-" + System.nanoTime() + "@example.org", "a-long-password",
				"Confirm Test", Locale.ENGLISH, "https://vmeste.example");
		assertThat(residents.statusOf(user)).hasValueSatisfying(status -> assertThat(status.emailConfirmed()).isFalse());
		String link = events.ofType(EmailConfirmationRequested.class)
			.matching(event -> event.user().equals(user))
			.iterator()
			.next()
			.confirmationLink();
		String secret = link.substring(link.indexOf("token=") + "token=".length());

		scenario.stimulate(() -> accounts.confirmEmail(secret))
			.andWaitForEventOfType(EmailConfirmed.class)
			.matching(event -> event.user().equals(user))
			.toArrive();

		assertThat(residents.statusOf(user)).hasValueSatisfying(status -> assertThat(status.emailConfirmed()).isTrue());
		accounts.requestConfirmation(user, "https://vmeste.example");
		assertThat(accounts.confirmEmail(secret)).isEmpty();
		assertThat(events.ofType(EmailConfirmed.class).matching(event -> event.user().equals(user))).hasSize(1);
	}

	@Test
	void verifyingAnAddressPublishesAddressVerifiedWithTheDistrictAndTheVerifier(Scenario scenario) {
		UserId resident = accounts.register("verified-" + System.nanoTime() + "@example.org", "a-long-password",
				"Verified Test", Locale.ENGLISH, "https://vmeste.example");
		accounts.updateProfile(resident, "Verified Test", null, "Perm, Lenin Street 50",
				new ru.vmeste.shared.GeoPoint(58.0106, 56.2420), null);
		UserId verifier = UserId.random();
		DistrictScope everywhere = DistrictScope.WHOLE_REGION;

		scenario.stimulate(() -> accounts.verifyAddress(resident, verifier, everywhere))
			.andWaitForEventOfType(AddressVerified.class)
			.matching(event -> event.user().equals(resident))
			.toArriveAndVerify(event -> {
				assertThat(event.verifiedBy()).isEqualTo(verifier);
				assertThat(event.district()).isEqualTo(residents.statusOf(resident).orElseThrow().district());
			});
	}

}
