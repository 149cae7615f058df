package ru.vmeste.opendata.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.shared.LocalizedText;

/**
 * A dataset as the catalog page shows it.
 */
record DatasetView(String id, LocalizedText title, LocalizedText description, LocalizedText publisher,
		@Nullable Instant modified, String licenseName, String licenseUrl, List<DatasetColumn> columns,
		List<Download> downloads) {

	/** A link to one distribution of a dataset. */
	record Download(String title, String mediaType, String url) {
	}

	static DatasetView of(Dataset dataset, List<Download> downloads) {
		DatasetInfo info = dataset.info();
		return new DatasetView(info.id(), info.title(), info.description(), info.publisher(), info.modified(),
				info.license().name(), info.license().url(), dataset.columns(), downloads);
	}

}
