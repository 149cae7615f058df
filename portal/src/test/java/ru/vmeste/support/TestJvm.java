package ru.vmeste.support;

/**
 * What integration tests that run beside each other ({@code @Execution(CONCURRENT)}) share in the
 * one test JVM, as JUnit resource locks.
 */
public final class TestJvm {

	/**
	 * The JVM's heap: a test that measures it and a test that runs a portal of its own in this JVM
	 * never run at the same time ({@code @ResourceLock(TestJvm.HEAP)}).
	 */
	public static final String HEAP = "ru.vmeste.test-jvm-heap";

	private TestJvm() {
	}

}
