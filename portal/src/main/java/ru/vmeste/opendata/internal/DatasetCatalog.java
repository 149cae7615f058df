package ru.vmeste.opendata.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetSource;

/**
 * Every dataset the modules publish, asked afresh each time so the catalog follows the data.
 */
@Component
public class DatasetCatalog {

	private final List<DatasetSource> sources;

	DatasetCatalog(List<DatasetSource> sources) {
		this.sources = List.copyOf(sources);
	}

	/** All datasets, ordered by id so the catalog reads the same every time. */
	public List<Dataset> datasets() {
		return sources.stream()
			.flatMap(source -> source.datasets().stream())
			.sorted(Comparator.comparing(dataset -> dataset.info().id()))
			.toList();
	}

	public Optional<Dataset> find(String id) {
		return datasets().stream().filter(dataset -> dataset.info().id().equals(id)).findFirst();
	}

}
