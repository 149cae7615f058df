package ru.vmeste.portal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the service switch in front of every handler.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

	private final ServiceSwitchInterceptor serviceSwitch;

	PortalWebConfiguration(ServiceSwitchInterceptor serviceSwitch) {
		this.serviceSwitch = serviceSwitch;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(serviceSwitch).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
	}

}
