package ru.vmeste.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.identity.Residents;
import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organizations;

/**
 * With an EDMS configured ({@code vmeste.edms.base-url}, e.g. the simulator), the demo
 * official's organization, which handles most road topics, receives its appeals through the
 * EDMS (API.md, "EDMS"); without one it keeps the portal inbox.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class EdmsDemo implements Seeder {

	private static final Logger log = LoggerFactory.getLogger(EdmsDemo.class);

	static final String OFFICIAL = "official@demo.vmeste";

	private final EdmsSettings settings;

	private final Residents residents;

	private final Organizations organizations;

	private final DeliveryChannels channels;

	EdmsDemo(EdmsSettings settings, Residents residents, Organizations organizations, DeliveryChannels channels) {
		this.settings = settings;
		this.residents = residents;
		this.organizations = organizations;
		this.channels = channels;
	}

	@Override
	public void seed() {
		if (!settings.enabled()) {
			return;
		}
		residents.findByEmail(OFFICIAL)
			.flatMap(official -> organizations.membershipsOf(official).stream().findFirst())
			.filter(membership -> channels.of(membership.organization()) != DeliveryChannel.EDMS)
			.ifPresent(membership -> {
				channels.choose(membership.organization(), DeliveryChannel.EDMS);
				log.info("Demo: the demo official's organization now receives its appeals through the EDMS at {}",
						settings.baseUrl());
			});
	}

}
