/**
 * Shared kernel: the few value types and web conventions every module needs (points,
 * paging, portal services, domain errors). Nothing business-specific lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package ru.vmeste.shared;
