/**
 * Objects: the registry of city objects (roads, yards, schools, street lights…) with their
 * types, geometry and owner organizations, the fast clustered map, search, import and the
 * object page.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.objects;
