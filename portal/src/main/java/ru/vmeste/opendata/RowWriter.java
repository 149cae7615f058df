package ru.vmeste.opendata;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Receives a dataset's rows one at a time and writes each straight to the download.
 */
@FunctionalInterface
public interface RowWriter {

	/**
	 * One row.
	 * @param values in the order of the dataset's columns; {@code null} for no value
	 * @param geometry the row's geometry (WGS-84, x = longitude) for a spatial dataset, else {@code null}
	 */
	void row(List<? extends @Nullable Object> values, @Nullable Geometry geometry);

}
