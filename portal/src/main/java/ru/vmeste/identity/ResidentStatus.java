package ru.vmeste.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.territory.DistrictId;

/**
 * What other modules may know about a user to decide what they may do (vote eligibility,
 * reporting): no name, no contacts.
 */
public record ResidentStatus(UserId user, VerificationLevel verification, @Nullable DistrictId district,
		@Nullable LocalDate birthDate) {

	public boolean isAddressVerified() {
		return verification == VerificationLevel.ADDRESS;
	}

	/** Whether the user's e-mail is known to be theirs (an address checked by an official counts too). */
	public boolean emailConfirmed() {
		return verification != VerificationLevel.NONE;
	}

}
