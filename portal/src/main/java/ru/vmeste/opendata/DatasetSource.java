package ru.vmeste.opendata;

import java.util.List;

/**
 * Implemented by modules that publish datasets (objects: one per object type; later published
 * appeals and works). Asked on every catalog request, so the list follows the data.
 */
@FunctionalInterface
public interface DatasetSource {

	List<Dataset> datasets();

}
