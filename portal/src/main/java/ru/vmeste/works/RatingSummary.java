package ru.vmeste.works;

/** The published ratings of works: how many and their sum of scores (1–5 each). */
public record RatingSummary(int count, int sum) {

	public static RatingSummary none() {
		return new RatingSummary(0, 0);
	}

	/** The average score, or 0 when nobody rated yet. */
	public double average() {
		return count == 0 ? 0 : (double) sum / count;
	}

}
