package ru.vmeste.voting.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.territory.DistrictId;

/**
 * Who may vote: residents whose address an official verified, living in one of the districts
 * (none listed: anywhere in the region), at least {@code minAge} years old on the day.
 */
public record Eligibility(Set<DistrictId> districts, @Nullable Integer minAge) {

	public Eligibility {
		districts = Set.copyOf(districts);
	}

	/** Why the resident may not vote (a message key), or empty when they may. */
	public Optional<String> refusal(@Nullable ResidentStatus resident, LocalDate today) {
		if (resident == null || !resident.isAddressVerified()) {
			return Optional.of("voting.eligibility.not-verified");
		}
		if (!districts.isEmpty() && (resident.district() == null || !districts.contains(resident.district()))) {
			return Optional.of("voting.eligibility.district");
		}
		if (minAge != null) {
			if (resident.birthDate() == null) {
				return Optional.of("voting.eligibility.birth-date");
			}
			if (resident.birthDate().plusYears(minAge).isAfter(today)) {
				return Optional.of("voting.eligibility.age");
			}
		}
		return Optional.empty();
	}

	/** The latest birth date that still makes the minimum age today. */
	public @Nullable LocalDate bornOnOrBefore(LocalDate today) {
		return minAge == null ? null : today.minusYears(minAge);
	}

}
