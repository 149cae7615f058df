/**
 * Open311: the GeoReport v2 interface over Inform for other civic-issue apps, with the client
 * apps and API keys that may post through it.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.open311;
