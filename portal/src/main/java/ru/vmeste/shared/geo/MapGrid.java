package ru.vmeste.shared.geo;

/**
 * The grid that server-side clustering snaps points to at a web-map zoom level: a cell is
 * about {@value #CELL_PIXELS} screen pixels wide, so clusters never overlap on the map.
 * Zoom levels are those of Leaflet and OpenStreetMap (0 = whole world, 18 = a building).
 */
public final class MapGrid {

	/** Zoom at and above which maps show individual features, not clusters. */
	public static final int STREET_ZOOM = 16;

	public static final int MAX_ZOOM = 20;

	static final int CELL_PIXELS = 64;

	private MapGrid() {
	}

	/** Cell size in degrees of longitude (and, close enough for clustering, latitude) at a zoom. */
	public static double cellDegrees(int zoom) {
		int clamped = Math.max(0, Math.min(MAX_ZOOM, zoom));
		return 360.0 * CELL_PIXELS / (256.0 * (1L << clamped));
	}

	public static boolean showsIndividualFeatures(int zoom) {
		return zoom >= STREET_ZOOM;
	}

	/**
	 * Whether a viewport is plausible for a zoom level: at street zoom a screen covers a few
	 * kilometres, so a box spanning most of the planet there is a mistake (or an attempt to
	 * download everything) and is refused.
	 */
	public static boolean fits(BoundingBox box, int zoom) {
		double screenDegrees = 360.0 * 4096 / (256.0 * (1L << Math.max(0, Math.min(MAX_ZOOM, zoom))));
		return box.width() <= screenDegrees && box.height() <= screenDegrees;
	}

}
