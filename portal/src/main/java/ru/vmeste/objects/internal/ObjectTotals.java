package ru.vmeste.objects.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import ru.vmeste.statistics.PublicTotals;

/**
 * The size of the registry of city objects, for the public summary of the statistics.
 */
@Component
class ObjectTotals implements PublicTotals {

	private final ObjectRegistry registry;

	ObjectTotals(ObjectRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Map<Total, Long> totals() {
		return Map.of(Total.OBJECTS, registry.count());
	}

}
