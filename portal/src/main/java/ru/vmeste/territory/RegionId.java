package ru.vmeste.territory;

import java.util.UUID;

/** Identifies a region. */
public record RegionId(UUID value) {
}
