package ru.vmeste.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import ru.vmeste.portal.PortalSettings;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * Gives every page what its maps need: where tiles come from ({@code vmeste.map.*}) and
 * where the region's map opens. Maps work without tiles too: points can always be typed.
 */
@ControllerAdvice(annotations = Controller.class)
class MapSettings {

	private static final GeoPoint FALLBACK_CENTER = new GeoPoint(55.7558, 37.6173);

	private final String tileUrl;

	private final String attribution;

	private final Territory territory;

	MapSettings(PortalSettings settings, Territory territory) {
		this.tileUrl = settings.map().tileUrl();
		this.attribution = settings.map().tileAttribution();
		this.territory = territory;
	}

	@ModelAttribute
	void mapSettings(Model model) {
		GeoPoint center = territory.currentRegion().map(Region::center).orElse(FALLBACK_CENTER);
		model.addAttribute("mapTileUrl", tileUrl);
		model.addAttribute("mapAttribution", attribution);
		model.addAttribute("mapCenterLat", center.lat());
		model.addAttribute("mapCenterLon", center.lon());
		model.addAttribute("mapZoom", territory.currentRegion().map(Region::defaultZoom).orElse(11));
	}

}
