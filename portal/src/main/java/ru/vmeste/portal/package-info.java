/**
 * Portal: the web shell every service plugs into: layout and navigation, the home page with
 * live public figures, language switching, service switches and friendly error pages.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.portal;
