package ru.vmeste.verifier;

/** The bundle contradicts itself or its signatures; the message names the first place where. */
final class Discrepancy extends RuntimeException {

	Discrepancy(String message) {
		super(message);
	}

}
