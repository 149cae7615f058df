package ru.vmeste.platform.files;

/**
 * One file a visitor chose in a form or sent to the API: the name their device gave it
 * (untrusted: clean it with {@code FileResponses.safeName} before showing or storing it) and
 * its bytes.
 */
public record Upload(String name, byte[] bytes) {

	public boolean isEmpty() {
		return bytes.length == 0;
	}

}
