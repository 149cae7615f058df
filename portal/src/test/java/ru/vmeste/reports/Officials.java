package ru.vmeste.reports;

import java.util.EnumSet;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.support.DemoAccounts;

/**
 * Officials for tests of the workspace: new accounts with the OFFICIAL role in a demo organization.
 */
public final class Officials {

	/** A new official and a bearer token for them. */
	public record Official(UserId id, String email, String bearer) {
	}

	private final MockMvcTester mvc;

	private final Users users;

	private final OrganizationAdministration administration;

	private final Organizations organizations;

	public Officials(MockMvcTester mvc, Users users, OrganizationAdministration administration,
			Organizations organizations) {
		this.mvc = mvc;
		this.users = users;
		this.administration = administration;
		this.organizations = organizations;
	}

	/** A new official of the organization with the code, e.g. {@code perm-light}. */
	public Official of(String organizationCode, MemberRole role) {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		UserId id = users.byEmail(email).orElseThrow().id();
		users.setRoles(id, EnumSet.of(Role.OFFICIAL));
		administration.addMember(organization(organizationCode).id(), email, role);
		return new Official(id, email, DemoAccounts.bearer(mvc, email, "resident-pass"));
	}

	public Organization organization(String code) {
		return organizations.byCode(code).orElseThrow();
	}

}
