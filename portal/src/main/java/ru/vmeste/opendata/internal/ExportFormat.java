package ru.vmeste.opendata.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The download formats of a dataset, by file extension.
 */
public enum ExportFormat {

	CSV("csv", "text/csv", "CSV"), GEOJSON("geojson", "application/geo+json", "GeoJSON"),
	JSON("json", "application/json", "JSON");

	private final String extension;

	private final String mediaType;

	private final String title;

	ExportFormat(String extension, String mediaType, String title) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.title = title;
	}

	public static Optional<ExportFormat> byExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String title() {
		return title;
	}

	/** GeoJSON needs a geometry on every row. */
	public boolean needsGeometry() {
		return this == GEOJSON;
	}

}
