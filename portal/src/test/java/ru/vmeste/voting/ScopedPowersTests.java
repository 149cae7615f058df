package ru.vmeste.voting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.DistrictScope;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.VerificationLevel;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Address verification and vote management are powers of their own (VERIFIER, VOTE_MANAGER),
 * scoped to the official's organization: an official without VERIFIER gets 403 on verification; a
 * verifier of a district's administration sees and verifies only residents of that district, and
 * sees no e-mail or phone; a vote manager of organization A cannot edit a vote of organization B;
 * and a changed birth date or address takes the verification back.
 */
@PortalTest
class ScopedPowersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	Residents residents;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	Organizations directory;

	@Test
	void anOfficialWithoutTheVerifierRoleGets403OnVerification() {
		PortalUser official = staff("perm-district-leninsky", Role.OFFICIAL);
		assertThat(mvc.get().uri("/staff/verifications").with(user(official))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/staff/verifications/{id}", UserId.random()).with(user(official)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aVerifierSeesAndVerifiesOnlyTheirDistrictsResidentsAndNoContacts() {
		PortalUser verifier = staff("perm-district-leninsky", Role.OFFICIAL, Role.VERIFIER);
		UserId inside = resident("leninsky", "+7 342 111-11-11");
		UserId outside = resident("kirovsky", "+7 342 222-22-22");
		String insideEmail = residents.contactOf(inside).orElseThrow().email();

		assertThat(mvc.get().uri("/staff/verifications?page=0").with(user(verifier))).hasStatusOk()
			.bodyText()
			.contains(inside.toString())
			.doesNotContain(outside.toString(), insideEmail, "+7 342 111-11-11");
		assertThat(mvc.post().uri("/staff/verifications/{id}", outside).with(user(verifier)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(level(outside)).isNotEqualTo(VerificationLevel.ADDRESS);
		assertThat(mvc.post().uri("/staff/verifications/{id}", inside).with(user(verifier)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(level(inside)).isEqualTo(VerificationLevel.ADDRESS);
	}

	@Test
	void aChangedBirthDateOrAddressTakesTheVerificationBack() {
		UserId resident = resident("leninsky", null);
		accounts.verifyAddress(resident, adminId(), DistrictScope.WHOLE_REGION);
		assertThat(level(resident)).isEqualTo(VerificationLevel.ADDRESS);
		accounts.updateProfile(resident, "Житель", null, "Пермь, ул. Ленина, 1", HOME, LocalDate.of(1981, 2, 2));
		assertThat(level(resident)).as("a new birth date").isNotEqualTo(VerificationLevel.ADDRESS);

		accounts.verifyAddress(resident, adminId(), DistrictScope.WHOLE_REGION);
		accounts.updateProfile(resident, "Житель", null, "Пермь, ул. Ленина, 2", HOME, LocalDate.of(1981, 2, 2));
		assertThat(level(resident)).as("another address at the same point").isNotEqualTo(VerificationLevel.ADDRESS);

		accounts.verifyAddress(resident, adminId(), DistrictScope.WHOLE_REGION);
		accounts.updateProfile(resident, "Другое имя", "+7 000", "Пермь, ул. Ленина, 2", HOME, LocalDate.of(1981, 2, 2));
		assertThat(level(resident)).as("a new name or phone keeps it").isEqualTo(VerificationLevel.ADDRESS);
	}

	@Test
	void anOfficialOfOrganizationACannotEditAVoteOfOrganizationB() {
		PortalUser managerOfA = staff("perm-light", Role.OFFICIAL, Role.VOTE_MANAGER);
		PortalUser managerOfB = staff("perm-water", Role.OFFICIAL, Role.VOTE_MANAGER);
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId voteOfB = fixtures.vote().draftedBy(managerOfB.id());

		assertThat(mvc.get().uri("/manage/votes/{id}", voteOfB).with(user(managerOfB))).hasStatusOk();
		assertThat(mvc.get().uri("/manage/votes/{id}", voteOfB).with(user(managerOfA))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/manage/votes/{id}/options", voteOfB).with(user(managerOfA)).with(csrf())
			.param("titleRu", "Чужой вариант")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/manage/votes/{id}/schedule", voteOfB).with(user(managerOfA)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/manage/votes").with(user(managerOfA))).bodyText().doesNotContain(voteOfB.toString());
		assertThat(mvc.get().uri("/manage/votes").with(user(managerOfB))).bodyText().contains(voteOfB.toString());
		assertThat(fixtures.optionCount(voteOfB)).isEqualTo(3);
		// an official without VOTE_MANAGER manages no vote at all
		assertThat(mvc.get().uri("/manage/votes").with(user(staff("perm-water", Role.OFFICIAL))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private static final GeoPoint HOME = new GeoPoint(58.0106, 56.2420);

	/** A new official of the organization with these roles, signed in. */
	private PortalUser staff(String organization, Role... roles) {
		String email = DemoAccounts.uniqueEmail();
		UserId id = accounts.register(email, "a-long-password", "Сотрудник", Locale.forLanguageTag("ru"), "http://localhost");
		users.setRoles(id, EnumSet.of(roles[0], roles));
		organizations.addMember(directory.byCode(organization).orElseThrow().id(), email, MemberRole.EXECUTOR);
		return new PortalUser(id, email, "Сотрудник", Set.of(roles), null);
	}

	/** A resident with an address in the district, not yet verified. */
	private UserId resident(String district, String phone) {
		String email = DemoAccounts.uniqueEmail();
		UserId id = accounts.register(email, "a-long-password", "Житель", Locale.forLanguageTag("ru"), "http://localhost");
		users.updateProfile(id, "Житель " + district, phone, "Пермь, " + district, HOME,
				new VotingFixtures(context).district(district), LocalDate.of(1980, 1, 1));
		return id;
	}

	private VerificationLevel level(UserId user) {
		return residents.statusOf(user).orElseThrow().verification();
	}

	private UserId adminId() {
		return residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
	}

}
