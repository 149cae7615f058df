package ru.vmeste.organizations;

/**
 * How an organization receives the appeals routed to it, as FixMyStreet's bodies have send
 * methods: routing decides who answers, the channel decides how the appeal gets there.
 */
public enum DeliveryChannel {

	/** The portal's own inbox: officials work on the appeal in the portal. */
	PORTAL,
	/** The administration's document management system (СЭД): registered and answered there. */
	EDMS,
	/** A formatted letter to the organization's e-mail with a link to answer it. */
	EMAIL

}
