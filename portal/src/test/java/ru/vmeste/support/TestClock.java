package ru.vmeste.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The clock of every test context: real time in the region's zone, which a test may move
 * forward ({@link #advance}) to see what deadlines and scheduled jobs do later, and must put
 * back ({@link #reset}) when done. It is the primary {@link Clock} bean, so every module reads
 * it. The move holds for the test's own thread only (MockMvc requests and jobs the test runs
 * itself): the scheduled jobs of other modules, such as votes opening and closing, keep real
 * time while a test looks into the future.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private final ThreadLocal<Duration> offset;

	private TestClock(ZoneId zone, ThreadLocal<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	public void advance(Duration by) {
		offset.set(offset.get().plus(by));
	}

	public void reset() {
		offset.remove();
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(other, offset);
	}

	/** Gives every test context its own test clock (listed in {@code META-INF/spring.factories}). */
	public static final class Registrar implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
			return new Registration();
		}

	}

	/** Registers the clock as the primary one; equal for all contexts, so they stay cached. */
	private record Registration() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			ZoneId zone = ZoneId.of(context.getEnvironment().getProperty("vmeste.time-zone", "Europe/Moscow"));
			RootBeanDefinition clock = new RootBeanDefinition(TestClock.class,
					() -> new TestClock(zone, ThreadLocal.withInitial(() -> Duration.ZERO)));
			clock.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
		}

	}

}
