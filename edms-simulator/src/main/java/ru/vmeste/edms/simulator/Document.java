package ru.vmeste.edms.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A registered document (a resident's appeal) and its workflow in the simulated EDMS. Guarded
 * by the {@link Registry}'s lock.
 */
final class Document {

	final String number;

	final String externalId;

	final Instant registeredAt;

	final List<String> messages = new ArrayList<>();

	/** What the author told the organization when asked. */
	final List<String> information = new ArrayList<>();

	String status = "REGISTERED";

	String organization;

	String official;

	LocalDate deadline;

	Instant nextStepAt;

	String answer;

	byte[] answerFile;

	Document(String number, String externalId, String organization, Instant registeredAt, LocalDate deadline,
			Instant nextStepAt) {
		this.number = number;
		this.externalId = externalId;
		this.organization = organization;
		this.registeredAt = registeredAt;
		this.deadline = deadline;
		this.nextStepAt = nextStepAt;
	}

	boolean isOpen() {
		return !"ANSWERED".equals(status) && !"CLOSED".equals(status) && !"WITHDRAWN".equals(status);
	}

}
