package ru.vmeste.territory;

import ru.vmeste.shared.LocalizedText;

/**
 * A district of a region. Its boundary stays inside the territory module; ask
 * {@link Territory#locate} which district a point is in.
 */
public record District(DistrictId id, RegionId regionId, String code, LocalizedText name) {
}
