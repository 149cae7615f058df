package ru.vmeste.edms.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import ru.vmeste.edms.connector.ChangePage;
import ru.vmeste.edms.connector.DocumentMessage;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.connector.OutgoingDocument;
import ru.vmeste.edms.connector.Registration;

/**
 * An EDMS that records what it is sent and fails as the test scripts it: each scripted
 * failure is thrown by the next call, in order; without one, calls succeed.
 */
class ScriptedConnector implements EdmsConnector {

	final List<String> received = new ArrayList<>();

	final Deque<Supplier<RuntimeException>> failures = new ArrayDeque<>();

	private int numbers;

	@Override
	public Registration register(OutgoingDocument document, String idempotencyKey) {
		call(document.externalId() + " REGISTER#" + document.sequence());
		return new Registration("ОГ-2026-" + String.format("%06d", ++numbers), Instant.parse("2026-03-02T09:00:00Z"),
				"REGISTERED");
	}

	@Override
	public void send(String number, DocumentMessage message, String idempotencyKey) {
		call(message.externalId() + " " + message.type() + "#" + message.sequence());
	}

	@Override
	public void attach(String number, long sequence, List<FileLink> files, String idempotencyKey) {
		call(number + " FILES#" + sequence);
	}

	@Override
	public ChangePage changesSince(@Nullable String cursor, int limit) {
		return new ChangePage(List.of(), cursor);
	}

	@Override
	public byte[] download(URI file, long maxBytes) {
		return ("%PDF-1.4 " + file).getBytes();
	}

	void failNext(Supplier<RuntimeException> failure) {
		failures.add(failure);
	}

	private void call(String what) {
		Supplier<RuntimeException> failure = failures.poll();
		if (failure != null) {
			throw failure.get();
		}
		received.add(what);
	}

}
