package ru.vmeste.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.shared.DomainException;

/**
 * Streams a dataset in a format to an output stream, row by row as the dataset reads them.
 */
@Component
public class DatasetExport {

	private final JsonMapper json;

	DatasetExport(JsonMapper json) {
		this.json = json;
	}

	/** Refuses GeoJSON of a dataset without geometry before anything is written. */
	public void check(Dataset dataset, ExportFormat format) {
		if (format.needsGeometry() && !dataset.info().spatial()) {
			throw DomainException.notFound("opendata.format-unavailable", dataset.info().id(), format.title());
		}
	}

	/**
	 * Writes the whole dataset. When reading fails half-way the document is left unfinished, so a
	 * client never mistakes a truncated download for a complete one. The caller holds one of the
	 * instance's {@link ru.vmeste.platform.web.DownloadSlots} while it runs.
	 */
	public void write(Dataset dataset, ExportFormat format, boolean excel, OutputStream out) throws IOException {
		check(dataset, format);
		if (format == ExportFormat.CSV) {
			CsvRows rows = new CsvRows(out, dataset.columns(), dataset.info().spatial(), excel);
			dataset.writeRows(rows);
			rows.finish();
		}
		else {
			JsonRows rows = new JsonRows(json.createGenerator(out, JsonEncoding.UTF8), dataset.columns(),
					format == ExportFormat.GEOJSON);
			dataset.writeRows(rows);
			rows.finish();
		}
	}

}
