package ru.vmeste.shared;

/**
 * The five resident-facing services; each region switches them on or off.
 */
public enum PortalService {

	INFORM, FIND_OUT, VOTE, OPEN_DATA, SUGGEST

}
