package ru.vmeste.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Documents the record components marked {@code @Nullable} as nullable ({@code "null"} among the
 * types, or {@code anyOf} a reference and {@code null}), since the API writes them as JSON
 * {@code null} when they are empty: a generated client must accept it. Components not marked
 * are never null and stay as the schema says.
 */
@Component
class NullableComponents implements ModelConverter {

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		Class<?> raw = raw(type.getType());
		if (schema == null || raw == null || !raw.isRecord()) {
			return schema;
		}
		Schema<?> model = schema;
		if (schema.get$ref() != null) {
			String ref = schema.get$ref();
			model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				Schema<?> property = model.getProperties().get(component.getName());
				if (property != null) {
					model.getProperties().put(component.getName(), nullable(property));
				}
			}
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> nullable(Schema property) {
		if (property.get$ref() != null) {
			return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
		}
		if (property.getAnyOf() != null) {
			if (property.getAnyOf().stream().noneMatch(NullableComponents::isNull)) {
				property.getAnyOf().add(nullSchema());
			}
			return property;
		}
		Set<String> types = property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
		if (types.isEmpty() && property.getType() != null) {
			types.add(property.getType());
		}
		if (!types.isEmpty()) {
			types.add("null");
			property.setTypes(types);
		}
		return property;
	}

	private static boolean isNull(Object schema) {
		return schema instanceof Schema<?> candidate && candidate.getTypes() != null && candidate.getTypes().contains("null");
	}

	private static Schema<?> nullSchema() {
		Schema<?> none = new Schema<>();
		none.addType("null");
		return none;
	}

	private static @Nullable Class<?> raw(java.lang.reflect.Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		if (type instanceof JavaType jackson) {
			return jackson.getRawClass();
		}
		return null;
	}

}
