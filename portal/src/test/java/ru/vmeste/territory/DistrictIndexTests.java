package ru.vmeste.territory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.internal.DistrictIndex;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictIndexTests {

	private static final RegionId REGION = new RegionId(UUID.randomUUID());

	// two districts sharing the meridian 56.2 between latitudes 58.0 and 58.1
	private final District west = district("a-west");

	private final District east = district("b-east");

	private final DistrictIndex index = new DistrictIndex(List.of(
			new DistrictIndex.Boundary(west, square(56.1, 58.0, 56.2, 58.1)),
			new DistrictIndex.Boundary(east, square(56.2, 58.0, 56.3, 58.1))));

	@Test
	void findsTheDistrictContainingAPoint() {
		assertThat(index.locate(new GeoPoint(58.05, 56.15))).contains(west);
		assertThat(index.locate(new GeoPoint(58.05, 56.25))).contains(east);
	}

	@Test
	void findsNothingOutsideEveryDistrict() {
		assertThat(index.locate(new GeoPoint(58.2, 56.15))).isEmpty();
		assertThat(index.locate(new GeoPoint(55.75, 37.62))).isEmpty();
	}

	@Test
	void givesAPointOnASharedBoundaryToExactlyOneDistrictAlwaysTheSame() {
		GeoPoint onBorder = new GeoPoint(58.05, 56.2);
		assertThat(index.locate(onBorder)).contains(west);
		DistrictIndex reversed = new DistrictIndex(List.of(new DistrictIndex.Boundary(east, square(56.2, 58.0, 56.3, 58.1)),
				new DistrictIndex.Boundary(west, square(56.1, 58.0, 56.2, 58.1))));
		assertThat(reversed.locate(onBorder)).contains(west);
	}

	@Test
	void countsTheOuterBoundaryAsInside() {
		assertThat(index.locate(new GeoPoint(58.1, 56.15))).contains(west);
	}

	private static District district(String code) {
		return new District(new DistrictId(UUID.randomUUID()), REGION, code, new LocalizedText(code, code));
	}

	private static Polygon square(double minLon, double minLat, double maxLon, double maxLat) {
		return GeoJson.WGS84.createPolygon(new Coordinate[] { new Coordinate(minLon, minLat),
				new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat),
				new Coordinate(minLon, minLat) });
	}

}
