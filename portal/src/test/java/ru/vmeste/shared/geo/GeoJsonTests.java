package ru.vmeste.shared.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeoJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsLongitudeFirst() {
		Geometry point = GeoJson.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[56.25,58.01]}"));
		assertThat(point.getCoordinate().x).isEqualTo(56.25);
		assertThat(point.getCoordinate().y).isEqualTo(58.01);
	}

	@Test
	void writesPolygonsByTheRightHandRule() {
		// a clockwise shell with a counterclockwise hole: the reverse of RFC 7946
		String clockwise = """
				{"type":"Polygon","coordinates":[
				  [[0,0],[0,10],[10,10],[10,0],[0,0]],
				  [[2,2],[4,2],[4,4],[2,4],[2,2]]]}""";
		JsonNode written = GeoJson.write(GeoJson.read(json.readTree(clockwise)));
		Polygon polygon = (Polygon) GeoJson.read(written);
		assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinates())).isTrue();
		assertThat(Orientation.isCCW(polygon.getInteriorRingN(0).getCoordinates())).isFalse();
		assertThat(polygon.getArea()).isEqualTo(96.0);
	}

	@Test
	void refusesAnOpenRing() {
		assertThatIllegalArgumentException().isThrownBy(() -> GeoJson
			.read(json.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0]]]}")));
	}

	@Test
	void refusesPositionsOutOfRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GeoJson.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[58.01,156.25]}")));
	}

}
