package ru.vmeste.objects.internal;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Locations are read from coordinates, GeoJSON or WKT, always with x as longitude; objects are
 * found by their names and address in either script.
 */
class GeometryInputTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsCoordinatesWithADecimalComma() {
		Geometry point = GeometryInput.point("58,0105", "56.2294");
		assertThat(point.getCoordinate().x).isEqualTo(56.2294);
		assertThat(point.getCoordinate().y).isEqualTo(58.0105);
		assertRefused(() -> GeometryInput.point("north", "56.2"), "objects.problem.coordinates");
		assertRefused(() -> GeometryInput.point("95", "56.2"), "objects.problem.coordinates");
		assertRefused(() -> GeometryInput.point("", "56.2"), "objects.problem.geometry-missing");
	}

	@Test
	void readsGeoJsonAndWktWithLongitudeFirst() {
		assertThat(GeometryInput.geometry("{\"type\":\"Point\",\"coordinates\":[56.2,58.0]}", json).getCoordinate().x)
			.isEqualTo(56.2);
		assertThat(GeometryInput.geometry("LINESTRING (56.24 58.01, 56.25 58.012)", json).getGeometryType())
			.isEqualTo("LineString");
		assertRefused(() -> GeometryInput.geometry("POLYGON ((1 2, 3 4", json), "objects.problem.geometry-unreadable");
		assertRefused(() -> GeometryInput.geometry("POINT (200 58)", json), "objects.problem.coordinates");
		assertRefused(() -> GeometryInput.geometry("{\"type\":\"Point\"}", json), "objects.problem.geometry-unreadable");
	}

	@Test
	void putsTheMarkerInsideTheShapeAndMeasuresDistancesInMetres() {
		Geometry line = GeometryInput.geometry("LINESTRING (56.24 58.01, 56.26 58.01)", json);
		assertThat(Geometries.representativePoint(line).lon()).isCloseTo(56.25, within(1e-9));
		Geometry yard = GeometryInput.geometry("POLYGON ((56.24 58.01, 56.25 58.01, 56.25 58.02, 56.24 58.02, 56.24 58.01))",
				json);
		GeoPoint inside = Geometries.representativePoint(yard);
		assertThat(Geometries.metresTo(yard, inside)).isZero();
		// 0.001 degree of latitude is about 111 metres
		assertThat(Geometries.metresTo(yard, new GeoPoint(58.021, 56.245))).isCloseTo(111.2, within(0.5));
	}

	@Test
	void searchesNamesAndAddressesInBothScripts() {
		String text = SearchText.of(new LocalizedText("Школа № 12", "School No. 12"), "ул. Ёлкина, 5");
		assertThat(text).contains("школа № 12", "school no. 12", "ул. елкина, 5", "shkola", "ul. elkina, 5");
		assertThat(SearchText.query("  Ёлкина ")).isEqualTo("елкина");
	}

	private static void assertRefused(Runnable reading, String code) {
		assertThatThrownBy(reading::run).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo(code));
	}

}
