package ru.vmeste.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.JsonEncoding;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.OpenDataSettings;
import ru.vmeste.shared.DomainException;

/**
 * Streams a dataset in a format to an output stream, row by row as the dataset reads them, a
 * few exports at a time.
 */
@Component
public class DatasetExport {

	private final JsonMapper json;

	private final Semaphore slots;

	private final Duration wait;

	DatasetExport(JsonMapper json, OpenDataSettings settings) {
		this.json = json;
		this.slots = new Semaphore(settings.concurrentExports(), true);
		this.wait = settings.exportWait();
	}

	/** Refuses GeoJSON of a dataset without geometry before anything is written. */
	public void check(Dataset dataset, ExportFormat format) {
		if (format.needsGeometry() && !dataset.info().spatial()) {
			throw DomainException.notFound("opendata.format-unavailable", dataset.info().id(), format.title());
		}
	}

	/**
	 * Writes the whole dataset. When reading fails half-way the document is left unfinished,
	 * so a client never mistakes a truncated download for a complete one.
	 */
	public void write(Dataset dataset, ExportFormat format, boolean excel, OutputStream out) throws IOException {
		check(dataset, format);
		acquire();
		try {
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
		finally {
			slots.release();
		}
	}

	/**
	 * A big export keeps a database connection and a core busy for a while, so only a few run at
	 * once per instance ({@code vmeste.opendata.concurrent-exports}); the next waits a little, then
	 * is asked to come back later rather than piling up.
	 */
	private void acquire() {
		try {
			if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "opendata.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "opendata.busy");
		}
	}

}
