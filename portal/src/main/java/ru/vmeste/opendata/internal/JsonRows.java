package ru.vmeste.opendata.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JsonGenerator;

import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.shared.geo.GeoJson;

/**
 * Writes rows as JSON, straight to the generator: a plain array of objects keyed by column name
 * or, for GeoJSON, an RFC 7946 FeatureCollection whose features carry the columns as
 * properties and the geometry as {@code [lon, lat]} with right-hand polygon rings. In plain
 * JSON a spatial row's geometry is a GeoJSON object under {@code geometry}.
 */
final class JsonRows implements RowWriter {

	static final String GEOMETRY_KEY = "geometry";

	private final JsonGenerator json;

	private final List<DatasetColumn> columns;

	private final boolean geoJson;

	JsonRows(JsonGenerator json, List<DatasetColumn> columns, boolean geoJson) {
		this.json = json;
		this.columns = List.copyOf(columns);
		this.geoJson = geoJson;
		if (geoJson) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
		}
		json.writeStartArray();
	}

	@Override
	public void row(List<? extends @Nullable Object> values, @Nullable Geometry geometry) {
		json.writeStartObject();
		if (geoJson) {
			json.writeStringProperty("type", "Feature");
			json.writeName(GEOMETRY_KEY);
			geometry(geometry);
			json.writeName("properties");
			json.writeStartObject();
			properties(values);
			json.writeEndObject();
		}
		else {
			properties(values);
			if (geometry != null) {
				json.writeName(GEOMETRY_KEY);
				geometry(geometry);
			}
		}
		json.writeEndObject();
	}

	/** Completes the document after the last row. */
	void finish() {
		json.writeEndArray();
		if (geoJson) {
			json.writeEndObject();
		}
		json.close();
	}

	private void properties(List<? extends @Nullable Object> values) {
		for (int i = 0; i < values.size(); i++) {
			json.writeName(columns.get(i).name());
			value(values.get(i));
		}
	}

	private void geometry(@Nullable Geometry geometry) {
		if (geometry == null) {
			json.writeNull();
		}
		else {
			json.writeTree(GeoJson.write(geometry));
		}
	}

	private void value(@Nullable Object value) {
		switch (value) {
			case null -> json.writeNull();
			case String text -> json.writeString(text);
			case Boolean flag -> json.writeBoolean(flag);
			case Integer number -> json.writeNumber(number);
			case Long number -> json.writeNumber(number);
			case Double number -> json.writeNumber(number);
			case BigDecimal number -> json.writeNumber(number);
			case BigInteger number -> json.writeNumber(number);
			case TemporalAccessor temporal -> json.writeString(ExportValues.text(temporal));
			default -> json.writeString(value.toString());
		}
	}

}
