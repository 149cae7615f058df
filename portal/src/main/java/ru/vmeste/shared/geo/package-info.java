/**
 * GeoJSON (RFC 7946) reading and writing over JTS geometries.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.shared.geo;
