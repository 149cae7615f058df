package ru.vmeste.voting;

import ru.vmeste.shared.LocalizedText;

/**
 * A ballot receipt as mailed to the voter who asked for it.
 *
 * @param leafHash lowercase hex SHA-256 of the ballot's leaf
 * @param rootHash lowercase hex root of the tree the receipt names
 * @param checkLink the public "check my ballot" page with this receipt after the {@code #}, so the
 * receipt never reaches a server log when the link is opened
 */
public record MailedReceipt(VoteId vote, LocalizedText voteTitle, long leafIndex, String leafHash, long treeSize,
		String rootHash, String checkLink) {
}
