package ru.vmeste.organizations;

/**
 * Gives the current production calendar of the region, as the administrator keeps it.
 */
public interface WorkCalendar {

	ProductionCalendar current();

}
