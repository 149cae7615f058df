/**
 * Territory: regions, their districts as boundary polygons, point-to-district lookup and
 * the per-region switches of the portal's services.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.territory;
