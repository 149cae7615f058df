package ru.vmeste.voting;

import ru.vmeste.identity.UserId;

/**
 * Mails a voter the receipt they asked for. Voting calls it directly once the ballot is in the
 * ledger, never through an event, so a voter and a receipt never sit together in the event log;
 * an implementation sends the mail at once and keeps no copy of it (not even the demo's mail
 * capture). Implemented by the notifications module; without one, no receipt is mailed.
 */
public interface ReceiptMailbox {

	void deliver(UserId voter, MailedReceipt receipt);

}
