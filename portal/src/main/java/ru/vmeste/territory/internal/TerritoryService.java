package ru.vmeste.territory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.RegionId;
import ru.vmeste.territory.Territory;
import ru.vmeste.territory.TerritorySettings;

/**
 * Answers territory questions from an in-memory snapshot (regions, districts, their spatial
 * index and service switches). Every request asks whether its service is on, so the
 * snapshot is reloaded at most every {@code vmeste.territory.refresh} (30 s by default) and
 * at once after a change made through this instance.
 */
@Service
class TerritoryService implements Territory {

	private record Snapshot(List<Region> regions, @Nullable Region current, List<District> districts,
			Map<DistrictId, District> byId, Set<PortalService> enabled, DistrictIndex index, Instant loadedAt) {
	}

	private final TerritoryStore store;

	private final String regionCode;

	private final Clock clock;

	private final Duration refresh;

	private volatile @Nullable Snapshot snapshot;

	TerritoryService(TerritoryStore store, Clock clock, TerritorySettings settings) {
		this.store = store;
		this.clock = clock;
		this.regionCode = settings.region();
		this.refresh = settings.territory().refresh();
	}

	@Override
	public List<Region> regions() {
		return snapshot().regions();
	}

	@Override
	public Optional<Region> currentRegion() {
		return Optional.ofNullable(snapshot().current());
	}

	@Override
	public List<District> districts() {
		return snapshot().districts();
	}

	@Override
	public Optional<District> district(DistrictId id) {
		return Optional.ofNullable(snapshot().byId().get(id));
	}

	@Override
	public Optional<District> locate(GeoPoint point) {
		return snapshot().index().locate(point);
	}

	@Override
	public boolean isEnabled(PortalService service) {
		return snapshot().enabled().contains(service);
	}

	@Override
	public Set<PortalService> enabledServices(RegionId region) {
		Region current = snapshot().current();
		return current != null && current.id().equals(region) ? snapshot().enabled() : store.enabledServices(region);
	}

	void setEnabled(PortalService service, boolean enabled) {
		Region current = currentRegion().orElseThrow(() -> new IllegalStateException("No region " + regionCode));
		store.setEnabled(current.id(), service, enabled);
		changed();
	}

	/** Forgets the snapshot so the next question sees the change. */
	void changed() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || current.loadedAt().plus(refresh).isBefore(clock.instant())) {
			current = load();
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		List<Region> regions = store.regions();
		Region current = regions.stream().filter(region -> region.code().equals(regionCode)).findFirst().orElse(null);
		List<District> districts = store.districts();
		Set<PortalService> enabled = Collections.unmodifiableSet(current == null ? EnumSet.allOf(PortalService.class)
				: store.enabledServices(current.id()));
		return new Snapshot(regions, current, districts,
				districts.stream().collect(Collectors.toUnmodifiableMap(District::id, Function.identity())), enabled,
				new DistrictIndex(store.boundaries()), clock.instant());
	}

}
