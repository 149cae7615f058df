package ru.vmeste.ideas.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeasSettings;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.NearbyObject;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Where an idea is: a point, or for a road a line drawn on the map (its point is the line's
 * middle) linked with the registry's road objects along it. The place must lie in one of the
 * region's districts, and in the campaign's districts when it names some.
 */
@Component
class IdeaPlaces {

	/** A place of an idea: the point, the line of a road, the district and linked road objects. */
	record Place(@Nullable GeoPoint point, @Nullable LineString line, @Nullable District district, List<UUID> objects) {

		static final Place NONE = new Place(null, null, null, List.of());

	}

	static final int MAX_LINE_POSITIONS = 500;

	/** About 30 km along a line: longer is a typing mistake, or several stretches. */
	static final double MAX_LINE_DEGREES = 0.3;

	/** Points along a line at which road objects are looked for. */
	static final int SAMPLES = 12;

	private final Territory territory;

	private final CityObjects objects;

	private final IdeasSettings settings;

	private final JsonMapper json;

	IdeaPlaces(Territory territory, CityObjects objects, IdeasSettings settings, JsonMapper json) {
		this.territory = territory;
		this.objects = objects;
		this.settings = settings;
		this.json = json;
	}

	Place resolve(IdeaKind kind, @Nullable Double lat, @Nullable Double lon, @Nullable String geometry,
			@Nullable Campaign campaign) {
		if (kind.needsLine()) {
			if (geometry == null || geometry.isBlank()) {
				throw DomainException.invalid("ideas.road.line-required");
			}
			LineString line = line(geometry);
			Coordinate middle = new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
			GeoPoint point = new GeoPoint(middle.y, middle.x);
			return new Place(point, line, district(point, campaign), roadsAlong(line));
		}
		if (geometry != null && !geometry.isBlank()) {
			throw DomainException.invalid("ideas.geometry.only-roads");
		}
		if (lat == null || lon == null) {
			if (kind.needsPoint()) {
				throw DomainException.invalid("ideas.location.required");
			}
			return Place.NONE;
		}
		if (!GeoPoint.isValid(lat, lon)) {
			throw DomainException.invalid("ideas.location.invalid");
		}
		GeoPoint point = new GeoPoint(lat, lon);
		return new Place(point, null, district(point, campaign), List.of());
	}

	private LineString line(String geoJson) {
		Geometry geometry;
		try {
			geometry = GeoJson.read(json.readTree(geoJson));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw DomainException.invalid("ideas.road.line-invalid");
		}
		if (!(geometry instanceof LineString line) || line.getNumPoints() < 2 || line.getLength() == 0) {
			throw DomainException.invalid("ideas.road.line-invalid");
		}
		if (line.getNumPoints() > MAX_LINE_POSITIONS) {
			throw DomainException.invalid("ideas.road.line-too-detailed", MAX_LINE_POSITIONS);
		}
		for (Coordinate c : line.getCoordinates()) {
			if (!GeoPoint.isValid(c.y, c.x)) {
				throw DomainException.invalid("ideas.road.line-invalid");
			}
		}
		if (line.getLength() > MAX_LINE_DEGREES) {
			throw DomainException.invalid("ideas.road.line-too-long");
		}
		return line;
	}

	private District district(GeoPoint point, @Nullable Campaign campaign) {
		District district = territory.locate(point).orElseThrow(() -> DomainException.invalid("ideas.location.outside"));
		if (campaign != null && !campaign.districts().isEmpty() && !campaign.districts().contains(district.id())) {
			throw DomainException.invalid("ideas.location.outside-campaign");
		}
		return district;
	}

	/** The registry's road objects near points spread along the line, each once, in the line's order. */
	private List<UUID> roadsAlong(LineString line) {
		Set<String> types = Set.copyOf(settings.roads().objectTypes());
		LengthIndexedLine indexed = new LengthIndexedLine(line);
		Set<UUID> found = new LinkedHashSet<>();
		List<Coordinate> samples = new ArrayList<>();
		for (int i = 0; i < SAMPLES; i++) {
			samples.add(indexed.extractPoint(line.getLength() * i / (SAMPLES - 1)));
		}
		for (Coordinate sample : samples) {
			objects.nearest(new GeoPoint(sample.y, sample.x), types, settings.roads().linkRadiusMetres())
				.map(NearbyObject::id)
				.ifPresent(object -> found.add(object.value()));
		}
		return List.copyOf(found);
	}

	/** The line as GeoJSON text, e.g. for the pages. */
	String write(LineString line) {
		return json.writeValueAsString(GeoJson.write(line));
	}

}
