package ru.vmeste.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import org.springframework.core.io.ClassPathResource;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * The demo city's geography: random places inside the districts (denser near the centre), the
 * streets of each district with house numbers, and shapes measured in metres around a point.
 * Seeded, so every fresh demo shows the same city.
 */
final class DemoCity {

	/** A street of a district, in both languages. */
	record Street(String district, String ru, String en) {
	}

	/** A point inside a district. */
	record Place(GeoPoint point, District district) {
	}

	/** A house number; long streets run out of numbers and go on with blocks ("12к2"). */
	record House(int number, int block) {

		String ru() {
			return block > 1 ? number + "к" + block : String.valueOf(number);
		}

		String en() {
			return block > 1 ? number + " bldg " + block : String.valueOf(number);
		}

	}

	/** Perm's districts lie within this box; places are drawn in it and kept when inside a district. */
	private static final double MIN_LON = 55.9, MAX_LON = 56.45, MIN_LAT = 57.9, MAX_LAT = 58.15;

	private static final int HOUSES_PER_STREET = 160;

	private static final double METRES_PER_DEGREE_LAT = 6_371_008.8 * Math.PI / 180;

	private final Random random = new Random(20_260_601L);

	private final Territory territory;

	private final GeoPoint centre;

	private final Map<String, List<Street>> streets;

	private final Map<Street, Integer> lastHouse = new HashMap<>();

	DemoCity(Territory territory, GeoPoint centre) {
		this.territory = territory;
		this.centre = centre;
		this.streets = rows("demo/objects/streets.csv").stream()
			.map(row -> new Street(row[0], row[1], row[2]))
			.collect(Collectors.groupingBy(Street::district));
	}

	Random random() {
		return random;
	}

	/** Two places in three near the centre, where the city is dense; the rest anywhere in it. */
	Place place() {
		while (true) {
			boolean central = random.nextInt(3) < 2;
			double lat = central ? centre.lat() + random.nextGaussian() * 0.03 : between(MIN_LAT, MAX_LAT);
			double lon = central ? centre.lon() + random.nextGaussian() * 0.06 : between(MIN_LON, MAX_LON);
			Optional<Place> place = at(lat, lon);
			if (place.isPresent()) {
				return place.get();
			}
		}
	}

	Place placeIn(String districtCode) {
		while (true) {
			Place place = place();
			if (place.district().code().equals(districtCode)) {
				return place;
			}
		}
	}

	Optional<Place> at(double lat, double lon) {
		if (!GeoPoint.isValid(lat, lon)) {
			return Optional.empty();
		}
		GeoPoint point = new GeoPoint(lat, lon);
		return territory.locate(point).map(district -> new Place(point, district));
	}

	Street street(District district) {
		List<Street> candidates = streets.getOrDefault(district.code(), streets.values().iterator().next());
		return candidates.get(random.nextInt(candidates.size()));
	}

	/** The next house along a street, so addresses do not repeat. */
	House house(Street street) {
		int count = lastHouse.merge(street, 1 + random.nextInt(3), Integer::sum);
		return new House(1 + count % HOUSES_PER_STREET, 1 + count / HOUSES_PER_STREET);
	}

	GeoPoint offset(GeoPoint from, double eastMetres, double northMetres) {
		double dLat = northMetres / METRES_PER_DEGREE_LAT;
		double dLon = eastMetres / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(from.lat())));
		return new GeoPoint(from.lat() + dLat, from.lon() + dLon);
	}

	Point point(GeoPoint at) {
		return GeoJson.WGS84.createPoint(coordinate(at));
	}

	/** A street segment of a few gently turning stretches of 80–200 m. */
	LineString road(GeoPoint start, int stretches) {
		Coordinate[] coordinates = new Coordinate[stretches + 1];
		GeoPoint at = start;
		double heading = random.nextDouble() * 2 * Math.PI;
		coordinates[0] = coordinate(at);
		for (int i = 1; i <= stretches; i++) {
			double length = 80 + random.nextDouble() * 120;
			heading += (random.nextDouble() - 0.5) * 0.5;
			at = offset(at, Math.cos(heading) * length, Math.sin(heading) * length);
			coordinates[i] = coordinate(at);
		}
		return GeoJson.WGS84.createLineString(coordinates);
	}

	/** A turned rectangle, like a building's footprint. */
	Polygon rectangle(GeoPoint centre, double widthMetres, double depthMetres) {
		double angle = random.nextDouble() * Math.PI;
		double[][] corners = { { -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 }, { -1, -1 } };
		Coordinate[] ring = new Coordinate[corners.length];
		for (int i = 0; i < corners.length; i++) {
			double x = corners[i][0] * widthMetres / 2;
			double y = corners[i][1] * depthMetres / 2;
			ring[i] = coordinate(offset(centre, x * Math.cos(angle) - y * Math.sin(angle),
					x * Math.sin(angle) + y * Math.cos(angle)));
		}
		return GeoJson.WGS84.createPolygon(ring);
	}

	/** An irregular convex area of about the radius, like a park or a yard. */
	Polygon area(GeoPoint centre, double radiusMetres, int corners) {
		Coordinate[] ring = new Coordinate[corners + 1];
		for (int i = 0; i < corners; i++) {
			double angle = 2 * Math.PI * i / corners;
			double radius = radiusMetres * (0.8 + random.nextDouble() * 0.4);
			ring[i] = coordinate(offset(centre, Math.cos(angle) * radius, Math.sin(angle) * radius));
		}
		ring[corners] = ring[0];
		return GeoJson.WGS84.createPolygon(ring);
	}

	static List<String[]> rows(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private double between(double min, double max) {
		return min + random.nextDouble() * (max - min);
	}

	private static Coordinate coordinate(GeoPoint point) {
		return new Coordinate(point.lon(), point.lat());
	}

}
