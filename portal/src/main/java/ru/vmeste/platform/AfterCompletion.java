package ru.vmeste.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a step once the current transaction completes, for in-memory state that must follow
 * what the database holds (kept pages, kept tokens, kept catalogs): without a transaction the
 * step runs at once.
 */
public final class AfterCompletion {

	private AfterCompletion() {
	}

	/** Runs the step when the current transaction completes (committed or not), or now without one. */
	public static void run(Runnable step) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					step.run();
				}
			});
		}
		else {
			step.run();
		}
	}

	/**
	 * Runs the step now and once more when the current transaction completes: for dropping what is
	 * kept, so a reader that read the data before the commit does not keep it afterwards.
	 */
	public static void nowAndAfter(Runnable step) {
		step.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			run(step);
		}
	}

}
