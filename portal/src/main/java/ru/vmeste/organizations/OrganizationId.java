package ru.vmeste.organizations;

import java.util.UUID;

/** Identifies an organization. */
public record OrganizationId(UUID value) {

	public static OrganizationId of(String value) {
		return new OrganizationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
