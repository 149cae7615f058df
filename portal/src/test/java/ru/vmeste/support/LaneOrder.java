package ru.vmeste.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The order of the test classes in a test JVM's two lanes (junit-platform.properties): the
 * classes that run one after another go in one lane, the {@code @Execution(CONCURRENT)} ones in
 * the other, each lane in this order. Classes that hold {@link TestJvm#HEAP} never overlap, so
 * the lane of one-after-another classes runs its holder first, while the other lane runs the
 * concurrent classes that do not hold it; the concurrent holders come last. Otherwise a lane
 * stood idle for a minute waiting for the lock the other lane passed from holder to holder.
 */
public final class LaneOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt(LaneOrder::rank));
	}

	private static int rank(ClassDescriptor descriptor) {
		boolean concurrent = descriptor.findAnnotation(Execution.class)
			.map(execution -> execution.value() == ExecutionMode.CONCURRENT)
			.orElse(false);
		boolean heap = descriptor.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch(lock -> TestJvm.HEAP.equals(lock.value()));
		if (concurrent) {
			return heap ? 2 : 1;
		}
		return heap ? 0 : 3;
	}

}
