package ru.vmeste.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from ({@code vmeste.map.*}); templates read it as {@code @mapSettings}.
 * Maps work without tiles too: points can always be typed as coordinates.
 */
@Component("mapSettings")
public class MapSettings {

	private final String tileUrl;

	private final String attribution;

	MapSettings(@Value("${vmeste.map.tile-url:}") String tileUrl, @Value("${vmeste.map.tile-attribution:}") String attribution) {
		this.tileUrl = tileUrl;
		this.attribution = attribution;
	}

	public String tileUrl() {
		return tileUrl;
	}

	public String attribution() {
		return attribution;
	}

}
