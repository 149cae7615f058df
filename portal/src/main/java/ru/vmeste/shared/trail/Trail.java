package ru.vmeste.shared.trail;

import java.util.List;

/** A thread of steps in order: appeal, idea, vote, works (any may be missing). */
public record Trail(List<TrailStep> steps) {

	public Trail {
		steps = List.copyOf(steps);
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}

}
