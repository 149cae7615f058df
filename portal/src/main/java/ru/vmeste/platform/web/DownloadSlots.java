package ru.vmeste.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.shared.DomainException;

/**
 * The instance's few slots for long downloads: an open dataset, a vote's audit bundle. Each
 * streams for a while and holds a database connection and a core, so only
 * {@code vmeste.downloads.concurrent} run at once, whichever module serves them; the next waits
 * up to {@code vmeste.downloads.max-wait}, then is asked to come back later (429) before anything is
 * written, rather than piling up.
 */
@Component
public class DownloadSlots {

	private final Semaphore slots;

	private final Duration wait;

	@Autowired
	DownloadSlots(PlatformSettings settings) {
		this(settings.downloads().concurrent(), settings.downloads().maxWait());
	}

	private DownloadSlots(int concurrent, Duration wait) {
		this.slots = new Semaphore(concurrent, true);
		this.wait = wait;
	}

	/** Slots for a test or a tool: {@code concurrent} at once, none waiting. */
	public static DownloadSlots of(int concurrent) {
		return new DownloadSlots(concurrent, Duration.ZERO);
	}

	/** Writes the download in a slot; refuses with {@code download.busy} when none frees in time. */
	public void run(Download download) throws IOException {
		acquire();
		try {
			download.write();
		}
		finally {
			slots.release();
		}
	}

	private void acquire() {
		try {
			if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "download.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "download.busy");
		}
	}

	/** A download's writing. */
	@FunctionalInterface
	public interface Download {

		void write() throws IOException;

	}

}
