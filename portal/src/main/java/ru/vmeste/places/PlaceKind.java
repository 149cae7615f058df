package ru.vmeste.places;

/**
 * What a found place is.
 */
public enum PlaceKind {

	ADDRESS, STREET, OBJECT

}
