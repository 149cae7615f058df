package ru.vmeste.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import ru.vmeste.platform.web.DatabaseOutage;

/**
 * Scheduled jobs, each guarded by a database lock so that only one instance of the portal
 * runs it at a time. Tests switch scheduling off ({@code vmeste.scheduling.enabled=false})
 * and call the jobs themselves. A job that fails because the database cannot be reached says so
 * in one line (it runs again on its next turn); any other failure is logged with its stack trace.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "vmeste.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer jobFailuresOnVirtualThreads() {
		return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
	}

	@Bean
	ThreadPoolTaskSchedulerCustomizer jobFailuresOnPlatformThreads() {
		return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
	}

	static void jobFailed(Throwable failure) {
		if (DatabaseOutage.isCauseOf(failure)) {
			log.warn("Scheduled job skipped, the database is unreachable: {}", failure.getMessage());
		}
		else {
			log.error("Scheduled job failed", failure);
		}
	}

}
