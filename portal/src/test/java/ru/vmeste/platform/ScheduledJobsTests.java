package ru.vmeste.platform;

import java.lang.reflect.Method;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several instances each scheduled job still runs once per period: every {@code @Scheduled}
 * method takes a named database lock and keeps it for at least its period (ShedLock's
 * {@code lockAtLeastFor}), so another instance whose timer fires within the period finds it
 * taken; only jobs on an instance's own memory ({@link EveryInstance}) run everywhere. The two-instance drill counts the runs; this keeps every new job honest.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobsTests {

	@Test
	void aJobTheDatabaseOutageStoppedSaysSoInOneLineAndAnyOtherFailureWithItsStackTrace(CapturedOutput output) {
		SchedulingConfiguration.jobFailed(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("Connection is not available")));
		assertThat(output.getOut()).contains("WARN", "Scheduled job skipped, the database is unreachable")
			.doesNotContain("\tat ");

		SchedulingConfiguration.jobFailed(new IllegalStateException("a bug"));
		assertThat(output.getOut()).contains("ERROR", "Scheduled job failed", "IllegalStateException: a bug", "\tat ");
	}

	@Test
	void everyScheduledJobHoldsItsLockForItsPeriod() throws Exception {
		List<String> jobs = new ArrayList<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("ru.vmeste")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				Scheduled scheduled = method.getAnnotation(Scheduled.class);
				if (scheduled == null) {
					continue;
				}
				String job = type.getSimpleName() + "." + method.getName();
				jobs.add(job);
				SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
				if (method.isAnnotationPresent(EveryInstance.class)) {
					assertThat(lock).as(job + " runs on every instance, so it takes no lock").isNull();
					continue;
				}
				assertThat(lock).as(job + " takes a named lock").isNotNull();
				String period = !scheduled.fixedDelayString().isEmpty() ? scheduled.fixedDelayString()
						: scheduled.fixedRateString();
				if (!period.isEmpty()) {
					assertThat(lock.lockAtLeastFor()).as(job + " keeps its lock for its period").isEqualTo(period);
				}
				else {
					assertThat(lock.lockAtLeastFor()).as(job + " keeps its lock for a while").isNotEmpty();
				}
			}
		}
		assertThat(jobs).contains("EventRetryJob.retryFailed", "Escalation.run", "VotingJobs.signOpenVotes");
	}

}
