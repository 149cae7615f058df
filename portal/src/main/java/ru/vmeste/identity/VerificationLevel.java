package ru.vmeste.identity;

/**
 * How much the portal trusts who a user is: votes require {@link #ADDRESS}.
 */
public enum VerificationLevel {

	/** Registered, e-mail not yet confirmed. */
	NONE,
	/** The user opened the confirmation link sent to their e-mail. */
	EMAIL,
	/** An official checked the user's address (and thus district). */
	ADDRESS

}
