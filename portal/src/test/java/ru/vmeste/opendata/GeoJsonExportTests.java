package ru.vmeste.opendata;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GeoJSON download of the catalog is RFC 7946: a FeatureCollection of Features whose
 * positions are [lon, lat], whose rings are closed, with exterior rings counterclockwise and
 * holes clockwise, and whose geometries JTS finds valid.
 */
@PortalTest
class GeoJsonExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everyGeoJsonExportIsValidRfc7946() {
		JsonNode catalog = read("/opendata/catalog.json");
		int checked = 0;
		for (JsonNode dataset : catalog.get("dataset")) {
			for (JsonNode distribution : dataset.get("distribution")) {
				if (!distribution.get("mediaType").asString().equals("application/geo+json")) {
					continue;
				}
				String url = distribution.get("downloadURL").asString();
				JsonNode collection = read(url.substring(url.indexOf("/opendata")));
				assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
				for (JsonNode feature : collection.get("features")) {
					assertValidFeature(feature);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(22_000);
	}

	private static void assertValidFeature(JsonNode feature) {
		assertThat(feature.get("type").asString()).isEqualTo("Feature");
		JsonNode geometry = feature.get("geometry");
		if (geometry.isNull()) {
			// RFC 7946 §3.2: an unlocated feature (e.g. a proposed topic) has a null geometry, and then no point
			assertThat(feature.at("/properties/lat").isNull()).as("unlocated %s", feature.at("/properties/id")).isTrue();
			return;
		}
		Geometry shape = GeoJson.read(geometry);
		assertThat(shape.isValid()).as("valid %s", feature.at("/properties/id")).isTrue();
		for (JsonNode polygon : polygons(geometry)) {
			for (int ring = 0; ring < polygon.size(); ring++) {
				Coordinate[] positions = positions(polygon.get(ring));
				assertThat(positions[0]).isEqualTo(positions[positions.length - 1]);
				assertThat(Orientation.isCCW(positions)).as("ring %d counterclockwise", ring).isEqualTo(ring == 0);
			}
		}
		// the exported lat/lon is a point on or inside the object, so the positions must be [lon, lat]
		double lat = feature.at("/properties/lat").asDouble();
		double lon = feature.at("/properties/lon").asDouble();
		Envelope extent = shape.getEnvelopeInternal();
		extent.expandBy(1e-9);
		assertThat(extent.contains(lon, lat)).as("[lon, lat] order of %s", feature.at("/properties/id")).isTrue();
	}

	private static List<JsonNode> polygons(JsonNode geometry) {
		List<JsonNode> polygons = new ArrayList<>();
		switch (geometry.get("type").asString()) {
			case "Polygon" -> polygons.add(geometry.get("coordinates"));
			case "MultiPolygon" -> geometry.get("coordinates").forEach(polygons::add);
			default -> {
			}
		}
		return polygons;
	}

	private static Coordinate[] positions(JsonNode ring) {
		Coordinate[] positions = new Coordinate[ring.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
		}
		return positions;
	}

	private JsonNode read(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

}
