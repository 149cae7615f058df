package ru.vmeste.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

import ru.vmeste.objects.ObjectBulkImport.NewObject;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;

import static ru.vmeste.demo.DemoTypes.*;

/**
 * Generates the demo city's 22,000-odd objects: roads with street lights along them and bus
 * stops at their ends, apartment buildings with yards and playgrounds, schools, clinics, rinks
 * and parks, each owned by the organization that answers for it.
 */
final class DemoObjects {

	private final DemoCity city;

	private final Random random;

	private final Map<String, ObjectType> types;

	private final Map<String, OrganizationId> owners;

	private final Consumer<NewObject> sink;

	private final Map<DemoCity.Street, Integer> sections = new HashMap<>();

	DemoObjects(DemoCity city, Map<String, ObjectType> types, Map<String, OrganizationId> owners,
			Consumer<NewObject> sink) {
		this.city = city;
		this.random = city.random();
		this.types = types;
		this.owners = owners;
		this.sink = sink;
	}

	void generate() {
		int light = 0;
		for (int road = 0; road < 3000; road++) {
			DemoCity.Place place = city.place();
			DemoCity.Street street = city.street(place.district());
			LineString line = city.road(place.point(), 2 + random.nextInt(3));
			int section = sections.merge(street, 1, Integer::sum);
			String surface = random.nextInt(10) < 8 ? "асфальт" : random.nextBoolean() ? "брусчатка" : "грунт";
			add(ROAD, street.ru() + ", участок " + section, street.en() + ", section " + section, street.ru(), line,
					"perm-roads", Map.of("surface", surface, "lanes", number(random.nextInt(4) < 3 ? 2 : 4), "length_m",
							number(Math.round(lengthMetres(line))), "repaired", date()));
			for (double along : new double[] { 0.15, 0.5, 0.85 }) {
				streetLight(++light, street, city.offset(pointAlong(line, along), 8, 8));
			}
			if (road < 1000) {
				add(BUS_STOP, "Остановка «" + street.ru() + "»", "Bus stop “" + street.en() + "”", street.ru(),
						city.point(city.offset(place.point(), 12, 0)), "perm-transport",
						Map.of("pavilion", random.nextInt(3) > 0, "routes", routes()));
			}
		}
		for (int i = 0; i < 200; i++) {
			DemoCity.Place place = city.place();
			streetLight(++light, city.street(place.district()), place.point());
		}
		buildingsAndYards();
		institutions();
		parks();
	}

	private void streetLight(int number, DemoCity.Street street, GeoPoint at) {
		String lamp = random.nextInt(10) < 6 ? "светодиодный" : "натриевый";
		add(STREET_LIGHT, "Опора освещения № " + number, "Street light No. " + number, street.ru(), city.point(at),
				"perm-light", Map.of("lamp", lamp, "power_w", number(random.nextBoolean() ? 100 : 150), "installed", date()));
	}

	private void buildingsAndYards() {
		for (int i = 0; i < 5600; i++) {
			Address address = address(city.place());
			int floors = List.of(5, 5, 9, 9, 10, 12, 16, 25).get(random.nextInt(8));
			add(BUILDING, "Жилой дом, " + address.ru(), "Apartment building, " + address.en(), address.ru(),
					city.rectangle(address.point(), 30 + random.nextInt(60), 12 + random.nextInt(6)), "perm-housing",
					Map.of("floors", number(floors), "built", number(1950 + random.nextInt(75)), "apartments",
							number(floors * (8 + random.nextInt(20)))));
			if (i < 1900) {
				GeoPoint yardCentre = city.offset(address.point(), 40, 30);
				Polygon yard = city.area(yardCentre, 25 + random.nextInt(20), 6);
				add(YARD, "Двор дома " + address.ru(), "Yard of " + address.en(), address.ru(), yard, null,
						Map.of("area_m2", number(Math.round(squareMetres(yard))), "lit", random.nextInt(4) > 0));
				if (i < 1300) {
					playground(address, yardCentre);
				}
			}
		}
	}

	private void playground(Address address, GeoPoint at) {
		String ages = List.of("0–6", "7–12", "0–12").get(random.nextInt(3));
		String surface = List.of("резиновое", "песок", "газон").get(random.nextInt(3));
		add(PLAYGROUND, "Детская площадка, " + address.ru(), "Playground, " + address.en(), address.ru(), city.point(at),
				null, Map.of("age_group", ages, "surface", surface, "installed", date()));
	}

	private void institutions() {
		for (int number = 1; number <= 150; number++) {
			Address address = address(city.place());
			add(SCHOOL, "Школа № " + number, "School No. " + number, address.ru(), city.point(address.point()),
					"perm-construction", Map.of("number", number(number), "capacity",
							number(400 + random.nextInt(12) * 100), "website", "https://school" + number + ".perm.example"));
			if (number <= 140) {
				Address rink = address(city.place());
				add(HOCKEY_RINK, "Хоккейный корт, " + rink.ru(), "Hockey rink, " + rink.en(), rink.ru(),
						city.point(rink.point()), null,
						Map.of("lit", random.nextInt(4) > 0, "changing_room", random.nextBoolean()));
			}
		}
		String[][] clinics = { { "взрослая", "Городская поликлиника", "City Clinic" },
				{ "детская", "Детская поликлиника", "Children's Clinic" },
				{ "стоматологическая", "Стоматологическая поликлиника", "Dental Clinic" } };
		for (int number = 1; number <= 60; number++) {
			String[] clinic = clinics[number % 3];
			Address address = address(city.place());
			add(CLINIC, clinic[1] + " № " + number, clinic[2] + " No. " + number, address.ru(),
					city.point(address.point()), "perm-construction",
					Map.of("kind", clinic[0], "website", "https://clinic" + number + ".perm.example"));
		}
	}

	private void parks() {
		for (String[] park : DemoCity.rows("demo/objects/parks.csv")) {
			park(city.placeIn(park[0]), park[1], park[2], park[3], 250);
		}
		for (int i = 0; i < 53; i++) {
			Address address = address(city.place());
			park(new DemoCity.Place(address.point(), address.district()), "Сквер, " + address.ru(),
					"Square, " + address.en(), "сквер", 80);
		}
	}

	private void park(DemoCity.Place place, String ru, String en, String kind, double radius) {
		Polygon area = city.area(place.point(), radius * (0.7 + random.nextDouble() * 0.6), 8);
		add(PARK, ru, en, null, area, "perm-greenery",
				Map.of("kind", kind, "area_ha", number(squareMetres(area) / 10_000).setScale(2, RoundingMode.HALF_UP)));
	}

	/**
	 * Adds an object whose representative point lies in a district; the few shapes that stick out
	 * of the city are dropped. District-level objects belong to the district's administration.
	 */
	private void add(String typeCode, String ru, String en, @Nullable String address, Geometry geometry,
			@Nullable String ownerCode, Map<String, Object> attributes) {
		ObjectType type = types.get(typeCode);
		GeoPoint point = representativePoint(geometry);
		Optional<DemoCity.Place> place = city.at(point.lat(), point.lon());
		if (place.isEmpty()) {
			return;
		}
		District district = place.get().district();
		OrganizationId owner = owners.get(ownerCode == null ? "perm-district-" + district.code() : ownerCode);
		sink.accept(new NewObject(type.id(), null, new LocalizedText(ru, en), address, geometry, owner,
				random.nextInt(40) == 0 ? ObjectStatus.UNDER_REPAIR : ObjectStatus.ACTIVE, attributes));
	}

	/** The point the registry places an object at (the middle of a line), to find its district's administration. */
	private static GeoPoint representativePoint(Geometry geometry) {
		Coordinate coordinate = switch (geometry) {
			case Point point -> point.getCoordinate();
			case LineString line -> new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
			default -> geometry.getInteriorPoint().getCoordinate();
		};
		return new GeoPoint(coordinate.y, coordinate.x);
	}

	private record Address(GeoPoint point, District district, String ru, String en) {
	}

	private Address address(DemoCity.Place place) {
		DemoCity.Street street = city.street(place.district());
		DemoCity.House house = city.house(street);
		return new Address(place.point(), place.district(), street.ru() + ", " + house.ru(), house.en() + " " + street.en());
	}

	private GeoPoint pointAlong(LineString line, double fraction) {
		Coordinate at = new LengthIndexedLine(line).extractPoint(line.getLength() * fraction);
		return new GeoPoint(at.y, at.x);
	}

	private String routes() {
		return random.ints(1 + random.nextInt(4), 1, 80).sorted().distinct().mapToObj(Integer::toString)
			.reduce((a, b) -> a + ", " + b).orElse("1");
	}

	private LocalDate date() {
		return LocalDate.of(2005, 1, 1).plusDays(random.nextInt(21 * 365));
	}

	private static BigDecimal number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros();
	}

	private static double lengthMetres(LineString line) {
		double length = 0;
		for (int i = 1; i < line.getNumPoints(); i++) {
			length += new GeoPoint(line.getCoordinateN(i - 1).y, line.getCoordinateN(i - 1).x)
				.distanceTo(new GeoPoint(line.getCoordinateN(i).y, line.getCoordinateN(i).x));
		}
		return length;
	}

	private static double squareMetres(Polygon polygon) {
		double metresPerDegree = 6_371_008.8 * Math.PI / 180;
		double lat = Math.toRadians(polygon.getCentroid().getY());
		return polygon.getArea() * metresPerDegree * metresPerDegree * Math.cos(lat);
	}

}
