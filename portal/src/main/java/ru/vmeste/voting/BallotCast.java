package ru.vmeste.voting;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;

/**
 * A resident cast a ballot and asked for the receipt by e-mail. Carries the receipt (never
 * the choices) and links to check and download it.
 *
 * @param leafHash lowercase hex SHA-256 of the ballot's leaf
 * @param rootHash lowercase hex root of the tree right after the ballot was appended
 * @param checkLink the public "check my ballot" page with this receipt filled in
 * @param receiptLink the receipt as a file
 */
public record BallotCast(UserId voter, VoteId vote, LocalizedText voteTitle, long leafIndex, String leafHash,
		long treeSize, String rootHash, String checkLink, String receiptLink) {
}
