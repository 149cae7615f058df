package ru.vmeste.places.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.places.Place;
import ru.vmeste.places.Places;
import ru.vmeste.places.Whereabouts;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;

/**
 * Address search for every map (search as one types) and the address at a point; anyone may
 * read, administrators import address lists.
 */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "Address and place search without an external service")
class PlacesApiController {

	static final int MAX_RESULTS = 20;

	/** Streets are context for a few city blocks, not for a whole region (square degrees). */
	static final double MAX_STREETS_AREA = 0.01;

	/** A found place in the caller's language. */
	record PlaceItem(String kind, String label, double lat, double lon, @Nullable UUID objectId) {

		static PlaceItem of(Place place, Locale locale) {
			return new PlaceItem(place.kind().name(), place.label().in(locale), place.point().lat(), place.point().lon(),
					place.object() == null ? null : place.object().value());
		}

	}

	/** The nearest house to a point. */
	record AddressItem(String label, double lat, double lon, long distanceMeters) {
	}

	/** The nearest registry object to a point. */
	record ObjectItem(UUID id, String name, String typeCode, long distanceMeters) {
	}

	/** What is at a point; either part may be missing. */
	record Reverse(@Nullable AddressItem address, @Nullable ObjectItem object) {
	}

	/** How an import went. */
	record Imported(int imported, List<Integer> refusedLines) {
	}

	private final Places places;

	PlacesApiController(Places places) {
		this.places = places;
	}

	@GetMapping("/search")
	@Operation(summary = "Houses, streets and registry objects matching the typed text (typos forgiven)")
	List<PlaceItem> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "8") int limit,
			Locale locale) {
		if (q.length() > 200) {
			throw DomainException.invalid("places.query.too-long", 200);
		}
		return places.search(q, Math.max(1, Math.min(limit, MAX_RESULTS)))
			.stream()
			.map(place -> PlaceItem.of(place, locale))
			.toList();
	}

	@GetMapping("/reverse")
	@Operation(summary = "The address (nearest house) and the nearest registry object at a point")
	Reverse reverse(@RequestParam double lat, @RequestParam double lon, Locale locale) {
		if (!GeoPoint.isValid(lat, lon)) {
			throw DomainException.invalid("geo.lat.invalid");
		}
		Whereabouts here = places.at(new GeoPoint(lat, lon));
		AddressItem address = here.address() == null ? null
				: new AddressItem(here.address().label().in(locale), here.address().point().lat(),
						here.address().point().lon(), Math.round(here.addressDistanceMeters()));
		ObjectItem object = here.object() == null ? null
				: new ObjectItem(here.object().id().value(), here.object().name().in(locale), here.object().typeCode(),
						Math.round(here.object().distanceMeters()));
		return new Reverse(address, object);
	}

	@GetMapping("/streets")
	@Operation(summary = "Streets in the box as GeoJSON lines with their names: context for maps drawn without tiles")
	Map<String, Object> streets(@RequestParam String bbox, Locale locale) {
		BoundingBox box = BoundingBox.parse(bbox);
		if ((box.maxLon() - box.minLon()) * (box.maxLat() - box.minLat()) > MAX_STREETS_AREA) {
			return Map.of("type", "FeatureCollection", "features", List.of());
		}
		List<Map<String, Object>> features = places
			.streets(new GeoPoint(box.minLat(), box.minLon()), new GeoPoint(box.maxLat(), box.maxLon()))
			.stream()
			.map(line -> Map.<String, Object>of("type", "Feature", "properties", Map.of("name", line.name().in(locale)),
					"geometry", Map.of("type", "LineString", "coordinates",
							line.points().stream().map(point -> List.of(point.lon(), point.lat())).toList())))
			.toList();
		return Map.of("type", "FeatureCollection", "features", features);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an address list (CSV: street;street_en;house;lat;lon) — administrators")
	Imported importAddresses(@RequestParam("file") MultipartFile file) {
		try (var csv = file.getInputStream()) {
			Places.ImportResult result = places.importAddresses(csv,
					file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
			return new Imported(result.imported(), result.refusedLines());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
