package ru.vmeste.objects;

/** The type of an object attribute's values. */
public enum AttributeType {

	TEXT, NUMBER, DATE, BOOLEAN, ENUMERATION, URL

}
