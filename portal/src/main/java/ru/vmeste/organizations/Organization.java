package ru.vmeste.organizations;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * An authority, department or company that answers residents; departments sit under a parent.
 *
 * @param district the district it serves, when it serves only one
 * @param contacts how the public reaches it (organizational data, public by nature)
 */
public record Organization(OrganizationId id, String code, LocalizedText name, OrganizationKind kind,
		@Nullable OrganizationId parent, @Nullable DistrictId district, Contacts contacts) {

	/** An organization's public contacts; every part may be empty. */
	public record Contacts(String phone, String email, String address, String workingHours) {

		public static Contacts none() {
			return new Contacts("", "", "", "");
		}

	}

}
