package ru.vmeste.works.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.works.Work;

/**
 * The city objects works touch, through the objects module's API: a list linking to their
 * pages and their shapes for the work's map. Objects closed since are still shown; ids the
 * registry no longer knows are skipped.
 */
@Component
class WorkObjects {

	/** An object as the work's page lists it. */
	@Schema(name = "WorkObject")
	record Item(String id, String name, @Nullable String address) {
	}

	/** The objects and a GeoJSON FeatureCollection of their shapes (empty text when there are none). */
	record Shown(List<Item> items, String featuresJson) {
	}

	private final CityObjects objects;

	private final JsonMapper json;

	WorkObjects(CityObjects objects, JsonMapper json) {
		this.objects = objects;
		this.json = json;
	}

	Shown of(Work work, Locale locale) {
		List<CityObject> found = work.place()
			.objects()
			.stream()
			.flatMap(id -> objects.find(new ObjectId(id)).stream())
			.toList();
		if (found.isEmpty()) {
			return new Shown(List.of(), "");
		}
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (CityObject object : found) {
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.set("geometry", GeoJson.write(object.geometry()));
			feature.putObject("properties").put("id", object.id().toString()).put("name", object.name().in(locale));
		}
		return new Shown(found.stream()
			.map(object -> new Item(object.id().toString(), object.name().in(locale), object.address()))
			.toList(), json.writeValueAsString(collection));
	}

}
