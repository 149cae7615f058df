package ru.vmeste.objects.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.internal.ObjectMap;
import ru.vmeste.objects.internal.ObjectPhotos;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.Territory;

/**
 * Writes the registry as RFC 7946 GeoJSON, straight to a generator: viewport clusters, viewport
 * objects (their stored geometry copied as is) and one object with all its properties.
 */
@Component
class ObjectFeatures {

	private final ObjectTypeCatalog types;

	private final Organizations organizations;

	private final Territory territory;

	ObjectFeatures(ObjectTypeCatalog types, Organizations organizations, Territory territory) {
		this.types = types;
		this.organizations = organizations;
		this.territory = territory;
	}

	private static void writeClusters(JsonGenerator out, List<ObjectMap.Cluster> clusters) {
		start(out);
		for (ObjectMap.Cluster cluster : clusters) {
			out.writeStartObject();
			out.writeStringProperty("type", "Feature");
			point(out, cluster.lon(), cluster.lat());
			out.writeName("properties");
			out.writeStartObject();
			out.writeBooleanProperty("cluster", true);
			out.writeNumberProperty("count", cluster.count());
			out.writeEndObject();
			out.writeEndObject();
		}
		end(out, false);
	}

	void writeView(JsonGenerator out, ObjectMap.View view, Locale locale) {
		switch (view) {
			case ObjectMap.Clusters clusters -> writeClusters(out, clusters.clusters());
			case ObjectMap.Features features -> writeFeatures(out, features, locale);
		}
	}

	private void writeFeatures(JsonGenerator out, ObjectMap.Features view, Locale locale) {
		start(out);
		Map<String, String> codes = typeCodes();
		for (ObjectMap.Feature feature : view.features()) {
			out.writeStartObject();
			out.writeStringProperty("type", "Feature");
			out.writeStringProperty("id", feature.id().toString());
			out.writeName("geometry");
			out.writeRawValue(feature.geometryJson());
			out.writeName("properties");
			out.writeStartObject();
			out.writeStringProperty("id", feature.id().toString());
			out.writeStringProperty("name", feature.name().in(locale));
			out.writeStringProperty("typeId", feature.type().toString());
			out.writeStringProperty("typeCode", codes.get(feature.type().toString()));
			out.writeStringProperty("status", feature.status().name());
			out.writeEndObject();
			out.writeEndObject();
		}
		end(out, view.truncated());
	}

	void writeObject(JsonGenerator out, CityObject object, List<ObjectPhotos.Photo> photos, Locale locale) {
		ObjectType type = types.get(object.type());
		out.writeStartObject();
		out.writeStringProperty("type", "Feature");
		out.writeStringProperty("id", object.id().toString());
		out.writeName("geometry");
		out.writeTree(GeoJson.write(object.geometry()));
		out.writeName("properties");
		out.writeStartObject();
		out.writeStringProperty("id", object.id().toString());
		out.writeStringProperty("typeId", object.type().toString());
		out.writeStringProperty("typeCode", type.code());
		out.writeStringProperty("name", object.name().in(locale));
		out.writeStringProperty("nameRu", object.name().ru());
		out.writeStringProperty("nameEn", object.name().en());
		out.writeStringProperty("address", object.address());
		out.writeStringProperty("status", object.status().name());
		out.writeStringProperty("ownerOrganizationId", object.owner().toString());
		out.writeStringProperty("ownerName",
				organizations.find(object.owner()).map(owner -> owner.name().in(locale)).orElse(null));
		out.writeStringProperty("districtId", object.district().value().toString());
		out.writeStringProperty("districtName",
				territory.district(object.district()).map(district -> district.name().in(locale)).orElse(null));
		out.writeNumberProperty("lat", object.point().lat());
		out.writeNumberProperty("lon", object.point().lon());
		out.writeStringProperty("externalId", object.externalId());
		out.writeStringProperty("source", object.source());
		out.writeStringProperty("updatedAt", object.updatedAt().toString());
		out.writeName("attributes");
		out.writeStartObject();
		type.attributes().forEach(attribute -> {
			Object value = object.attributes().get(attribute.code());
			out.writeName(attribute.code());
			switch (value) {
				case null -> out.writeNull();
				case BigDecimal number -> out.writeNumber(number);
				case Boolean flag -> out.writeBoolean(flag);
				default -> out.writeString(value.toString());
			}
		});
		out.writeEndObject();
		out.writeName("photos");
		out.writeStartArray();
		for (ObjectPhotos.Photo photo : photos) {
			String url = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/objects/{id}/photos/{photo}")
				.buildAndExpand(object.id(), photo.id())
				.toUriString();
			out.writeStartObject();
			out.writeStringProperty("url", url);
			out.writeStringProperty("thumbnailUrl", url + "?thumbnail=true");
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();
		out.writeEndObject();
	}

	private Map<String, String> typeCodes() {
		return types.all().stream().collect(Collectors.toMap(type -> type.id().toString(), ObjectType::code));
	}

	private static void start(JsonGenerator out) {
		out.writeStartObject();
		out.writeStringProperty("type", "FeatureCollection");
		out.writeName("features");
		out.writeStartArray();
	}

	private static void end(JsonGenerator out, boolean truncated) {
		out.writeEndArray();
		if (truncated) {
			out.writeBooleanProperty("truncated", true);
		}
		out.writeEndObject();
	}

	private static void point(JsonGenerator out, double lon, double lat) {
		out.writeName("geometry");
		out.writeStartObject();
		out.writeStringProperty("type", "Point");
		out.writeName("coordinates");
		out.writeStartArray();
		out.writeNumber(lon);
		out.writeNumber(lat);
		out.writeEndArray();
		out.writeEndObject();
	}

}
