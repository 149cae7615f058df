package ru.vmeste.identity;

/** What a user may do on the portal; a user can hold several roles. */
public enum Role {

	RESIDENT, MODERATOR, OFFICIAL, ADMIN,
	/** Reviews residents' ideas: feasibility, cost estimate and a public note (Suggest). */
	EXPERT;

	public String authority() {
		return "ROLE_" + name();
	}

}
