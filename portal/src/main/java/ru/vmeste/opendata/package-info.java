/**
 * Open data: the catalog of every dataset the portal publishes and its CSV, GeoJSON and JSON
 * downloads. Other modules contribute their datasets through {@link ru.vmeste.opendata.DatasetSource};
 * this module never reads their tables.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.opendata;
