package ru.vmeste.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ru.vmeste.shared.PortalService;

/**
 * Marks a controller as part of a portal service: when the region switches the service
 * off, the controller's pages and API answer 404.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartOf {

	PortalService value();

}
