package ru.vmeste.objects.internal;

/**
 * Where an import stands.
 */
public enum ImportStatus {

	/** Waiting for its turn. */
	QUEUED,
	/** Reading and checking every row. */
	CHECKING,
	/** Saving the good rows in one transaction. */
	SAVING,
	/** A dry run finished: the report is ready, nothing was saved. */
	CHECKED,
	/** The rows were saved. */
	IMPORTED,
	/** Some rows (or the file) were bad and bad rows were not to be skipped: nothing was saved. */
	REFUSED,
	/** Something unexpected broke the import; nothing was saved. */
	FAILED;

	public boolean isFinal() {
		return this == CHECKED || this == IMPORTED || this == REFUSED || this == FAILED;
	}

}
