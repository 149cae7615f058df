package ru.vmeste.platform.instances;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Names this instance and gives every pooled database connection its application name, which
 * is how the database knows which instance works on which event publication. The pool also
 * gives up on a connection after {@code spring.datasource.hikari.connection-timeout} (embedded
 * server included), so an unreachable database means a quick 503, not a half-minute wait.
 */
@Configuration(proxyBeanMethods = false)
class InstanceConfiguration {

	@Bean
	static PortalInstance portalInstance() {
		return PortalInstance.start();
	}

	@Bean
	static BeanPostProcessor connectionsNamedAfterTheInstance(PortalInstance instance, Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					pool.addDataSourceProperty("ApplicationName", instance.applicationName());
					Duration timeout = environment.getProperty("spring.datasource.hikari.connection-timeout",
							Duration.class, Duration.ofSeconds(3));
					pool.setConnectionTimeout(timeout.toMillis());
				}
				return bean;
			}
		};
	}

}
