package ru.vmeste.ideas;

/**
 * How many supports an idea needs before experts review it. Reaching the threshold moves a
 * published idea to {@link IdeaStatus#THRESHOLD_REACHED}, once: supports taken back later
 * lower the count, not the status, so followers hear about it only once.
 */
public record SupportThreshold(int value) {

	public SupportThreshold {
		if (value < 1) {
			throw new IllegalArgumentException("A support threshold is at least 1: " + value);
		}
	}

	public boolean reachedBy(int supports) {
		return supports >= value;
	}

	/** The status an idea has once its supports number this many. */
	public IdeaStatus statusAfter(IdeaStatus current, int supports) {
		return current == IdeaStatus.PUBLISHED && reachedBy(supports) ? IdeaStatus.THRESHOLD_REACHED : current;
	}

	/** How far along the idea is, in whole percent (100 at the threshold and beyond), for the progress bar. */
	public int percent(int supports) {
		return (int) Math.min(100, Math.max(0, (long) supports * 100 / value));
	}

}
