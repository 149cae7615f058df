package ru.vmeste.works;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;

/**
 * Where the money for works comes from and how much it is, in roubles.
 *
 * @param program the program the works belong to, e.g. "Безопасные качественные дороги"
 * @param programYear the program's year
 * @param source the funding source, e.g. the regional budget
 * @param budget the money planned
 * @param contractAmount the price in the contract, once signed
 */
public record Funding(@Nullable String program, @Nullable Integer programYear, @Nullable String source,
		@Nullable BigDecimal budget, @Nullable BigDecimal contractAmount) {

	public Funding {
		program = blankToNull(program);
		source = blankToNull(source);
		if (budget != null && budget.signum() < 0) {
			throw DomainException.invalid("works.budget.negative");
		}
		if (contractAmount != null && contractAmount.signum() < 0) {
			throw DomainException.invalid("works.contract-amount.negative");
		}
		if (programYear != null && (programYear < 2000 || programYear > 2100)) {
			throw DomainException.invalid("works.program-year.invalid");
		}
	}

	public static Funding none() {
		return new Funding(null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
