package ru.vmeste.identity;

/** What a user may do on the portal; a user can hold several roles. */
public enum Role {

	RESIDENT, MODERATOR, OFFICIAL, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
