package ru.vmeste.platform.instances;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names this instance and gives every pooled database connection its application name, which
 * is how the database knows which instance works on which event publication.
 */
@Configuration(proxyBeanMethods = false)
class InstanceConfiguration {

	@Bean
	static PortalInstance portalInstance() {
		return PortalInstance.start();
	}

	@Bean
	static BeanPostProcessor connectionsNamedAfterTheInstance(PortalInstance instance) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					pool.addDataSourceProperty("ApplicationName", instance.applicationName());
				}
				return bean;
			}
		};
	}

}
