package ru.vmeste.territory;

import java.util.UUID;

/** Identifies a district of a region. */
public record DistrictId(UUID value) {

	public static DistrictId of(String value) {
		return new DistrictId(UUID.fromString(value));
	}

}
