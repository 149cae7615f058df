package ru.vmeste.ideas;

/**
 * The phases of a campaign, in order, and what each allows: residents propose ideas in
 * {@code PROPOSALS}, support them in {@code PROPOSALS} and {@code SUPPORT}, experts review those
 * that reached the threshold in {@code REVIEW}, the feasible ones go to a vote (started in
 * {@code REVIEW} or {@code VOTING}), and the selected ones become works ({@code VOTING} once the
 * result is in, or {@code IMPLEMENTATION}). Phases only move forward.
 */
public enum CampaignPhase {

	PROPOSALS, SUPPORT, REVIEW, VOTING, IMPLEMENTATION, FINISHED;

	public boolean acceptsProposals() {
		return this == PROPOSALS;
	}

	public boolean acceptsSupports() {
		return this == PROPOSALS || this == SUPPORT;
	}

	public boolean acceptsReviews() {
		return this == REVIEW;
	}

	public boolean mayStartVote() {
		return this == REVIEW || this == VOTING;
	}

	public boolean mayStartWorks() {
		return this == VOTING || this == IMPLEMENTATION;
	}

	/** Residents discuss ideas until the campaign is over. */
	public boolean acceptsComments() {
		return this != FINISHED;
	}

	/** A campaign moves to a later phase only, never back. */
	public boolean mayMoveTo(CampaignPhase next) {
		return next.ordinal() > ordinal();
	}

	public boolean isFinished() {
		return this == FINISHED;
	}

}
