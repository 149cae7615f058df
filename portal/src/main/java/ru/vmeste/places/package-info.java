/**
 * Places: the region's own address index (streets and houses imported from an open address
 * list) with the registry's object names, for typo-tolerant search as one types and for
 * naming the address at a point; no external geocoding service.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.places;
