package ru.vmeste.opendata;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * What the catalog says about a dataset.
 *
 * @param id a stable lower-case identifier used in download URLs, e.g. {@code objects-school}
 * @param publisher the body that publishes the data
 * @param modified when the data last changed, if known
 * @param spatial whether rows have a geometry (then it is also offered as GeoJSON)
 */
public record DatasetInfo(String id, LocalizedText title, LocalizedText description, LocalizedText publisher,
		@Nullable Instant modified, DatasetLicense license, boolean spatial) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	public DatasetInfo {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Not a dataset id: " + id);
		}
	}

	/** A dataset under the default license, CC BY 4.0. */
	public static DatasetInfo of(String id, LocalizedText title, LocalizedText description, LocalizedText publisher,
			@Nullable Instant modified, boolean spatial) {
		return new DatasetInfo(id, title, description, publisher, modified, DatasetLicense.CC_BY_4_0, spatial);
	}

}
