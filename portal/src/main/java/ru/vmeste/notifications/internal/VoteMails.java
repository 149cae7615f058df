package ru.vmeste.notifications.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.voting.BallotCast;

/**
 * The ballot receipt a voter asked to receive by e-mail.
 */
@Component
class VoteMails {

	private final Mailer mailer;

	VoteMails(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(BallotCast event) {
		mailer.send(event.voter(), "ballot-receipt",
				Map.of("voteTitle", event.voteTitle(), "voteId", event.vote().toString(), "leafIndex", event.leafIndex(),
						"leafHash", event.leafHash(), "treeSize", event.treeSize(), "rootHash", event.rootHash(),
						"checkLink", event.checkLink(), "receiptLink", event.receiptLink()));
	}

}
