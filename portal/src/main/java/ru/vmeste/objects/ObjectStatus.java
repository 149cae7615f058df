package ru.vmeste.objects;

/** Whether a city object is in use. Objects are never deleted: a demolished one is closed. */
public enum ObjectStatus {

	ACTIVE, UNDER_REPAIR, CLOSED

}
