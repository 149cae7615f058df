package ru.vmeste.objects.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.objects.internal.ObjectRegistry;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;

/**
 * The Open Data entry in the header, the administrators' entries for types and objects, and
 * the size of the registry on the home page. Administration pages live under {@code /admin},
 * which the portal keeps for ADMIN; everything else here is public reading.
 */
@Configuration(proxyBeanMethods = false)
class ObjectsWebConfiguration {

	@Bean
	NavigationItem objectMapNavigation() {
		return NavigationItem.service(PortalService.OPEN_DATA, "/objects", "objects.nav.open-data", "database", 400);
	}

	@Bean
	NavigationItem objectTypesNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.CITY, "/admin/object-types", "objects.nav.types", "bookmarks", 965);
	}

	@Bean
	NavigationItem objectsNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.CITY, "/admin/objects", "objects.nav.objects", "geo-alt", 966);
	}

	@Bean
	PublicFigures objectFigures(ObjectRegistry registry) {
		return () -> List.of(PublicFigure.count("objects.figure.objects", registry.count(), 40));
	}

}
