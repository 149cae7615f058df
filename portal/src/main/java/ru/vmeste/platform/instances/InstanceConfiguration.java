package ru.vmeste.platform.instances;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Names this instance and gives every pooled database connection its application name, which
 * is how the database knows which instance works on which event publication. The embedded
 * server's pool also takes {@code spring.datasource.hikari.connection-timeout} when it is set, as
 * an external server's pool does: how long a request waits for a connection before its 503.
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
							Duration.class);
					if (timeout != null) {
						pool.setConnectionTimeout(timeout.toMillis());
					}
				}
				return bean;
			}
		};
	}

}
