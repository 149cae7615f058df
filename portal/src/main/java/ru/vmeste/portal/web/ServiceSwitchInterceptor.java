package ru.vmeste.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.Territory;

/**
 * Answers 404 for every page and API endpoint of a service the region has switched off.
 */
@Component
class ServiceSwitchInterceptor implements HandlerInterceptor {

	private final Territory territory;

	ServiceSwitchInterceptor(Territory territory) {
		this.territory = territory;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			PartOf partOf = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PartOf.class);
			if (partOf != null && !territory.isEnabled(partOf.value())) {
				throw DomainException.notFound("portal.service-off");
			}
		}
		return true;
	}

}
