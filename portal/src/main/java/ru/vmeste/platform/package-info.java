/**
 * Platform: the technical foundation every module stands on: the embedded PostgreSQL,
 * time, message bundles, API error format, rate limits on writes, OpenAPI and operations.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package ru.vmeste.platform;
