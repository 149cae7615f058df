package ru.vmeste.organizations;

import java.util.List;

/**
 * The delivery channel each organization chose; an organization that chose none uses the
 * portal's inbox.
 */
public interface DeliveryChannels {

	DeliveryChannel of(OrganizationId organization);

	/** The organizations that chose the channel, by code. */
	List<Organization> using(DeliveryChannel channel);

	/** An administrator's choice; it applies to appeals routed from now on. */
	void choose(OrganizationId organization, DeliveryChannel channel);

}
