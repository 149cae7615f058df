package ru.vmeste.identity;

/**
 * What a user may do on the portal; a user can hold several roles. {@link #VERIFIER} and
 * {@link #VOTE_MANAGER} are scoped powers of officials: a verifier confirms addresses in the
 * districts their organizations cover ({@link Jurisdictions}), a vote manager manages the votes
 * of their organizations.
 */
public enum Role {

	RESIDENT, MODERATOR, OFFICIAL, VERIFIER, VOTE_MANAGER, ADMIN,
	/** Reviews residents' ideas: feasibility, cost estimate and a public note (Suggest). */
	EXPERT;

	public String authority() {
		return "ROLE_" + name();
	}

}
