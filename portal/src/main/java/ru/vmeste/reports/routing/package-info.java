/**
 * Routing: the responsibility rules and the decisions that send a published appeal to the
 * organization that answers it (and on, when an official re-routes it). A nested module of {@code
 * reports}: it may use the reports core (its API, {@code internal} and the life cycle), and the
 * core reaches it only through the ports it fills.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports :: Routing")
@org.jspecify.annotations.NullMarked
package ru.vmeste.reports.routing;
