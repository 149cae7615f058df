package ru.vmeste.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.territory.DistrictId;

/**
 * What other modules may know about a user to decide what they may do (vote eligibility,
 * reporting): no name, no contacts.
 *
 * @param emailConfirmed whether the user has confirmed their e-mail address (what an unconfirmed
 * account submits is held until {@link EmailConfirmed})
 */
public record ResidentStatus(UserId user, VerificationLevel verification, @Nullable DistrictId district,
		@Nullable LocalDate birthDate, boolean emailConfirmed) {

	public boolean isAddressVerified() {
		return verification == VerificationLevel.ADDRESS;
	}

}
