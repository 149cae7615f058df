package ru.vmeste.objects.web;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.internal.ObjectFilter;
import ru.vmeste.objects.internal.ObjectMap;
import ru.vmeste.objects.internal.ObjectPhotos;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.objects.internal.ObjectRegistry;
import ru.vmeste.objects.internal.ObjectSummary;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * The public API of the object registry: types, the clustered map viewport, one object as a
 * GeoJSON Feature, and search.
 */
@RestController
@RequestMapping("/api/v1")
@PartOf(PortalService.OPEN_DATA)
@Tag(name = "Open Data", description = "City objects, their map and open datasets")
class ObjectsApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	record AttributeView(String code, String type, String name, boolean required, List<String> options) {
	}

	record TypeView(String id, String code, String name, String icon, String geometryKind,
			List<AttributeView> attributes) {
	}

	record ObjectListItem(String id, String typeId, String name, @Nullable String address, String status, double lat,
			double lon, String districtId) {
	}

	private final ObjectTypeCatalog types;

	private final ObjectMap map;

	private final ObjectRegistry registry;

	private final ObjectPhotos photos;

	private final Territory territory;

	private final ObjectFeatures features;

	private final JsonMapper json;

	ObjectsApiController(ObjectTypeCatalog types, ObjectMap map, ObjectRegistry registry, ObjectPhotos photos,
			Territory territory, ObjectFeatures features, JsonMapper json) {
		this.types = types;
		this.map = map;
		this.registry = registry;
		this.photos = photos;
		this.territory = territory;
		this.features = features;
		this.json = json;
	}

	@GetMapping("/object-types")
	@Operation(summary = "Object types with their typed attributes")
	List<TypeView> types(Locale locale) {
		return types.all()
			.stream()
			.map(type -> new TypeView(type.id().toString(), type.code(), type.name().in(locale), type.icon(),
					type.geometryKind().name(), type.attributes().stream().map(attribute -> view(attribute, locale)).toList()))
			.toList();
	}

	@GetMapping(path = "/objects", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Objects in a map viewport as GeoJSON: clusters with counts below zoom 16 (and where a "
			+ "street-level screen holds over 500 objects), single objects otherwise")
	@ApiResponse(responseCode = "200", description = "Objects and clusters as a GeoJSON FeatureCollection", content = {
			@Content(mediaType = "application/geo+json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeatureCollection")),
			@Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeatureCollection")) })
	ResponseEntity<byte[]> viewport(
			@Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam String bbox,
			@Parameter(description = "map zoom, 0 (world) to 20") @RequestParam int zoom,
			@RequestParam(required = false) @Nullable UUID typeId, @RequestParam(required = false) @Nullable UUID districtId,
			Locale locale) {
		BoundingBox box = BoundingBox.parse(bbox);
		if (zoom < 0 || zoom > MapGrid.MAX_ZOOM) {
			throw DomainException.invalid("objects.map.zoom-invalid", MapGrid.MAX_ZOOM);
		}
		if (!MapGrid.fits(box, zoom)) {
			throw DomainException.invalid("geo.bbox.too-large");
		}
		ObjectTypeId type = typeId == null ? null : knownType(typeId);
		DistrictId district = districtId == null ? null : knownDistrict(districtId);
		ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
		try (JsonGenerator out = json.createGenerator(body)) {
			features.writeView(out, map.view(box, zoom, type, district), locale);
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.body(body.toByteArray());
	}

	@GetMapping(path = "/objects/{id}", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "One object as a GeoJSON Feature with its owner organization and attributes")
	@ApiResponse(responseCode = "200", description = "The object as a GeoJSON Feature", content = {
			@Content(mediaType = "application/geo+json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeature")),
			@Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeature")) })
	ResponseEntity<byte[]> object(@PathVariable UUID id, Locale locale) {
		CityObject object = registry.find(new ObjectId(id))
			.orElseThrow(() -> DomainException.notFound("objects.object.not-found"));
		ByteArrayOutputStream body = new ByteArrayOutputStream(4 * 1024);
		try (JsonGenerator out = json.createGenerator(body)) {
			features.writeObject(out, object, photos.of(object.id()), locale);
		}
		return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
	}

	@GetMapping("/objects/search")
	@Operation(summary = "Objects by name or address, forgiving typos, in Russian or English (paged)")
	Paged<ObjectListItem> search(@RequestParam String q, @RequestParam(required = false) @Nullable UUID typeId,
			@RequestParam(required = false) @Nullable UUID districtId, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, Locale locale) {
		if (q.strip().length() < ObjectFilter.MIN_QUERY) {
			throw DomainException.invalid("objects.search.too-short", ObjectFilter.MIN_QUERY);
		}
		ObjectFilter filter = new ObjectFilter(typeId == null ? null : knownType(typeId),
				districtId == null ? null : knownDistrict(districtId), q);
		return registry.list(filter, PageQuery.of(page, size)).map(item -> listItem(item, locale));
	}

	private ObjectTypeId knownType(UUID id) {
		ObjectTypeId type = new ObjectTypeId(id);
		if (types.find(type).isEmpty()) {
			throw DomainException.invalid("objects.type.unknown", id);
		}
		return type;
	}

	private DistrictId knownDistrict(UUID id) {
		DistrictId district = new DistrictId(id);
		if (territory.district(district).isEmpty()) {
			throw DomainException.invalid("objects.district.unknown", id);
		}
		return district;
	}

	private static AttributeView view(AttributeDefinition attribute, Locale locale) {
		return new AttributeView(attribute.code(), attribute.type().name(), attribute.name().in(locale),
				attribute.required(), attribute.options());
	}

	private static ObjectListItem listItem(ObjectSummary item, Locale locale) {
		return new ObjectListItem(item.id().toString(), item.type().toString(), item.name().in(locale), item.address(),
				item.status().name(), item.point().lat(), item.point().lon(), item.district().value().toString());
	}

}
