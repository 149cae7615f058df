package ru.vmeste.identity;

import ru.vmeste.territory.DistrictId;

/**
 * An official confirmed that a resident lives at their address in this district.
 */
public record AddressVerified(UserId user, DistrictId district, UserId verifiedBy) {
}
