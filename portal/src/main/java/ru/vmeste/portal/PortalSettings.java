package ru.vmeste.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal's pages; the keys keep the places they were published under.
 *
 * @param map the base map of every map on the portal
 * @param home the home page
 */
@ConfigurationProperties("vmeste")
public record PortalSettings(@DefaultValue Map map, @DefaultValue Home home) {

	/**
	 * The base map.
	 *
	 * @param tileUrl the tile server's URL template ({z}/{x}/{y}); empty for no tiles (points can
	 * still be typed)
	 * @param tileAttribution the tiles' attribution shown on the map (HTML)
	 */
	public record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {
	}

	/**
	 * The home page.
	 *
	 * @param figuresRefresh how long the home page's figures are served from one snapshot
	 */
	public record Home(@DefaultValue("30s") Duration figuresRefresh) {
	}

}
