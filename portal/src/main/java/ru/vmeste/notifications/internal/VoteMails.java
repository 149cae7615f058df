package ru.vmeste.notifications.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.MailedReceipt;
import ru.vmeste.voting.ReceiptMailbox;

/**
 * The ballot receipt a voter asked to receive by e-mail: sent at once, never kept (not even by
 * the demo's mail capture), because it ties the voter to their ballot.
 */
@Component
class VoteMails implements ReceiptMailbox {

	private final Mailer mailer;

	VoteMails(Mailer mailer) {
		this.mailer = mailer;
	}

	@Override
	public void deliver(UserId voter, MailedReceipt receipt) {
		mailer.sendUnkept(voter, "ballot-receipt",
				Map.of("voteTitle", receipt.voteTitle(), "voteId", receipt.vote().toString(), "leafIndex",
						receipt.leafIndex(), "leafHash", receipt.leafHash(), "treeSize", receipt.treeSize(), "rootHash",
						receipt.rootHash(), "checkLink", receipt.checkLink()));
	}

}
