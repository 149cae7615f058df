package ru.vmeste.organizations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * An organization as the administrator edits it.
 */
record OrganizationForm(
		@NotBlank(message = "{organizations.code.required}") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "{organizations.code.invalid}") String code,
		@NotBlank(message = "{organizations.name.required}") @Size(max = 300) String nameRu,
		@Nullable @Size(max = 300) String nameEn,
		@NotNull(message = "{organizations.kind.required}") OrganizationKind kind,
		@Nullable String parentId,
		@Nullable String districtId,
		@Nullable @Size(max = 50) String phone,
		@Nullable @Email(message = "{identity.email.invalid}") @Size(max = 254) String email,
		@Nullable @Size(max = 300) String address,
		@Nullable @Size(max = 300) String workingHours) {

	static OrganizationForm of(Organization organization) {
		return new OrganizationForm(organization.code(), organization.name().ru(), organization.name().en(),
				organization.kind(), organization.parent() == null ? null : organization.parent().toString(),
				organization.district() == null ? null : organization.district().value().toString(),
				organization.contacts().phone(), organization.contacts().email(), organization.contacts().address(),
				organization.contacts().workingHours());
	}

	static OrganizationForm empty() {
		return new OrganizationForm("", "", "", OrganizationKind.DEPARTMENT, null, null, "", "", "", "");
	}

	Organization toOrganization(OrganizationId id) {
		return new Organization(id, code.strip(), new LocalizedText(nameRu.strip(), nameEn),
				kind, blank(parentId) ? null : OrganizationId.of(parentId),
				blank(districtId) ? null : DistrictId.of(districtId),
				new Organization.Contacts(text(phone), text(email), text(address), text(workingHours)));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
