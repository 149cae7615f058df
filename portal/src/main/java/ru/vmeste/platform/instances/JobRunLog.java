package ru.vmeste.platform.instances;

import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes down each run of a scheduled job: a job runs exactly when this instance takes its
 * lock, so the lock provider is where a run is seen, on every instance alike
 * ({@code platform_job_runs}: when each job last ran, and where).
 */
@Configuration(proxyBeanMethods = false)
class JobRunLog {

	private static final Logger log = LoggerFactory.getLogger(JobRunLog.class);

	@Bean
	static BeanPostProcessor jobRunsRecorded(ObjectProvider<DataSource> dataSource, PortalInstance instance,
			ObjectProvider<OperationsMetrics> metrics) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof LockProvider locks) {
					return new RecordingLockProvider(locks, dataSource, instance, metrics);
				}
				return bean;
			}
		};
	}

	private record RecordingLockProvider(LockProvider locks, ObjectProvider<DataSource> dataSource,
			PortalInstance instance, ObjectProvider<OperationsMetrics> metrics) implements LockProvider {

		@Override
		public Optional<SimpleLock> lock(LockConfiguration configuration) {
			Optional<SimpleLock> lock = locks.lock(configuration);
			if (lock.isPresent()) {
				try {
					// the run starts when the lock was taken (the database's time), not when this row is
					// written: on a busy machine that can be much later, and runs would seem closer
					JdbcClient.create(dataSource.getObject())
						.sql("""
								insert into platform_job_runs (job, instance_id, started_at)
								select ?, ?, coalesce((select locked_at from shedlock where name = ?), now())""")
						.params(configuration.getName(), instance.id(), configuration.getName())
						.update();
					metrics.ifAvailable(known -> known.watchJob(configuration.getName()));
				}
				catch (RuntimeException ex) {
					log.warn("Could not record a run of {}: {}", configuration.getName(), ex.getMessage());
				}
			}
			return lock;
		}

	}

}
