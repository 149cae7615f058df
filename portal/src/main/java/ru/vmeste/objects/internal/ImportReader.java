package ru.vmeste.objects.internal;

import java.io.InputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.objects.ObjectType;

/**
 * Reads an import file object by object, holding one at a time.
 */
interface ImportReader {

	/** The next object, or {@code null} at the end; throws {@link ImportRefusal} when the file is broken. */
	@Nullable ImportRow next();

	/** A CSV reader, or a GeoJSON reader for {@code .geojson} and {@code .json} files. */
	static ImportReader of(String fileName, InputStream in, ObjectType type, JsonMapper json) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".geojson") || name.endsWith(".json") ? new GeoJsonImportReader(in, json)
				: new CsvImportReader(in, type, json);
	}

}
