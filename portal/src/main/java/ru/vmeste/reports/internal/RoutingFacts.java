package ru.vmeste.reports.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import ru.vmeste.organizations.OrganizationId;

/**
 * What routing tells an appeal's pages: in one line, in the reader's language, why each routing
 * decision chose its organization. A port of the module's core that {@code reports.routing}
 * fills, so the core and its pages do not depend on routing (which depends on them).
 */
public interface RoutingFacts {

	/** The explanation of each recorded decision found, by its id. */
	Map<Long, String> explain(Collection<Long> decisions, Locale locale);

	/** The organization's name in the reader's language (empty when unknown). */
	String organizationName(OrganizationId organization, Locale locale);

}
