package ru.vmeste.territory.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.Territory;
import ru.vmeste.territory.internal.TerritoryStore;

/**
 * Public API of regions and districts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Territory", description = "Regions, districts and their boundaries")
class TerritoryApiController {

	record RegionView(String id, String code, String name, Set<PortalService> modules) {
	}

	record DistrictView(String id, String name) {
	}

	private final Territory territory;

	private final TerritoryStore store;

	private final JsonMapper json;

	TerritoryApiController(Territory territory, TerritoryStore store, JsonMapper json) {
		this.territory = territory;
		this.store = store;
		this.json = json;
	}

	@GetMapping("/regions")
	@Operation(summary = "Regions and the services each has switched on")
	List<RegionView> regions(Locale locale) {
		return territory.regions()
			.stream()
			.map(region -> new RegionView(region.id().value().toString(), region.code(), region.name().in(locale),
					territory.enabledServices(region.id())))
			.toList();
	}

	@GetMapping(path = "/districts", produces = { "application/geo+json", "application/json" })
	@Operation(summary = "District boundaries as a GeoJSON FeatureCollection")
	@ApiResponse(responseCode = "200", description = "Districts as a GeoJSON FeatureCollection", content = {
			@Content(mediaType = "application/geo+json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeatureCollection")),
			@Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/GeoJsonFeatureCollection")) })
	ResponseEntity<ObjectNode> districts(Locale locale) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (TerritoryStore.DistrictFeature feature : store.features()) {
			ObjectNode node = features.addObject().put("type", "Feature");
			node.put("id", feature.district().id().value().toString());
			node.set("geometry", json.readTree(feature.boundaryGeoJson()));
			node.putObject("properties")
				.put("id", feature.district().id().value().toString())
				.put("name", feature.district().name().in(locale))
				.put("code", feature.district().code())
				.put("regionId", feature.district().regionId().value().toString());
		}
		return ResponseEntity.ok().header("Cache-Control", "public, max-age=300").body(collection);
	}

	@GetMapping("/districts/locate")
	@Operation(summary = "The district containing a point; 404 outside every district")
	DistrictView locate(
			@RequestParam @DecimalMin(value = "-90", message = "{geo.lat.invalid}") @DecimalMax(value = "90", message = "{geo.lat.invalid}") double lat,
			@RequestParam @DecimalMin(value = "-180", message = "{geo.lon.invalid}") @DecimalMax(value = "180", message = "{geo.lon.invalid}") double lon,
			Locale locale) {
		return territory.locate(new GeoPoint(lat, lon))
			.map(district -> new DistrictView(district.id().value().toString(), district.name().in(locale)))
			.orElseThrow(() -> DomainException.notFound("territory.outside-districts"));
	}

}
