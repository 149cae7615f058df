package ru.vmeste.identity;

/**
 * A module's part of a resident's "download my data" (152-FZ, art. 14): everything it keeps
 * about the user, as values Jackson writes as JSON (records, lists, maps). A module that stores
 * anything linked to a user offers one bean of this type; identity collects them all.
 */
public interface PersonalDataSource {

	/** The key of this part in the export, e.g. {@code "appeals"}. */
	String section();

	/** What the module keeps about the user; an empty list or map when nothing. */
	Object collect(UserId user);

}
