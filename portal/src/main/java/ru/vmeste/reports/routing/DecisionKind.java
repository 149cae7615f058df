package ru.vmeste.reports.routing;

/**
 * Which step of the routing order chose an organization, from the most specific to the
 * fallback; re-routing by an official is the last kind.
 */
public enum DecisionKind {

	/** The owner of the object at the point. */
	OBJECT_OWNER,
	/** A rule for the appeal's topic in its district. */
	TOPIC_DISTRICT,
	/** A rule for the topic's group in the district. */
	GROUP_DISTRICT,
	/** A rule for the topic in the whole region. */
	TOPIC_REGION,
	/** A rule for the topic's group in the whole region. */
	GROUP_REGION,
	/** No rule: the region's default moderator organization, to route by hand. */
	DEFAULT,
	/** An official of the organization it was sent to sent it on, with a reason. */
	REROUTED

}
