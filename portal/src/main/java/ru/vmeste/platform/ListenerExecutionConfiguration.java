package ru.vmeste.platform;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of asynchronous work, above all the modules' event listeners: a few workers
 * ({@code spring.task.execution.pool.*}) and a queue. With a thread per task, a burst of events
 * (the demo's thousands at start-up, a bulk import) started every listener at once; each took a
 * connection for its transaction, the pool ran dry, and listeners failed after the connection
 * timeout, to be retried minutes later. Queued, they wait their turn instead; the publications
 * stay in the registry meanwhile, so nothing is lost on a crash.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutionConfiguration {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
		return builder.build();
	}

}
