package ru.vmeste.territory.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.PortalService;

/**
 * Switches a service of the current region on or off.
 */
@Component
public class ServiceSwitches {

	private final TerritoryService territory;

	ServiceSwitches(TerritoryService territory) {
		this.territory = territory;
	}

	@Transactional
	public void set(PortalService service, boolean enabled) {
		territory.setEnabled(service, enabled);
	}

}
