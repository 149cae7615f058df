package ru.vmeste.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.VerificationLevel;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * A user account as stored.
 */
public record UserAccount(UserId id, String email, String passwordHash, String name, @Nullable String phone,
		@Nullable String address, @Nullable GeoPoint addressPoint, @Nullable DistrictId district,
		@Nullable LocalDate birthDate, Locale locale, @Nullable Instant emailConfirmedAt,
		@Nullable Instant addressVerifiedAt, Instant createdAt, Set<Role> roles, @Nullable Instant deletedAt) {

	/** Whether the resident deleted the account: its personal data is erased, only the id is left. */
	public boolean deleted() {
		return deletedAt != null;
	}

	public VerificationLevel verification() {
		if (addressVerifiedAt != null) {
			return VerificationLevel.ADDRESS;
		}
		return emailConfirmedAt != null ? VerificationLevel.EMAIL : VerificationLevel.NONE;
	}

	/** What other modules may know of the account to decide what it may do. */
	public ResidentStatus status() {
		return new ResidentStatus(id, verification(), district, birthDate, emailConfirmedAt != null);
	}

	public PortalUser toPrincipal() {
		return new PortalUser(id, email, name, roles, passwordHash);
	}

}
