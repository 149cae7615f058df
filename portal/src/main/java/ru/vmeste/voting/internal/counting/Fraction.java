package ru.vmeste.voting.internal.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact non-negative rational number. Equal Shares divides money among voters; exact
 * fractions make its result reproducible by anyone, in any language, without rounding rules.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

	public static final Fraction ZERO = of(0);

	public Fraction {
		if (denominator.signum() <= 0) {
			throw new IllegalArgumentException("The denominator must be positive");
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
	}

	public static Fraction of(long value) {
		return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
	}

	public static Fraction of(long numerator, long denominator) {
		return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	public Fraction plus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	public Fraction minus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	public Fraction times(long factor) {
		return new Fraction(numerator.multiply(BigInteger.valueOf(factor)), denominator);
	}

	public Fraction dividedBy(long divisor) {
		return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
	}

	public Fraction dividedBy(Fraction divisor) {
		return new Fraction(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
	}

	public Fraction min(Fraction other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public boolean isZero() {
		return numerator.signum() == 0;
	}

	/** For display only; decisions compare exactly. */
	public BigDecimal toDecimal() {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64);
	}

	@Override
	public int compareTo(Fraction other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	@Override
	public String toString() {
		return numerator + "/" + denominator;
	}

}
