package ru.vmeste.platform.files;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores and removes files as part of the current database transaction: a file stored here
 * is deleted again if the transaction rolls back, and a file removed here is deleted only once
 * the transaction has committed. So rows and files never disagree, whatever fails, and callers
 * write no clean-up code of their own.
 * <p>
 * Call it inside a transaction ({@code @Transactional} or a {@code TransactionTemplate});
 * outside one it refuses, since nobody would clean up.
 */
@Component
public class StagedFiles {

	private final FileStore files;

	public StagedFiles(FileStore files) {
		this.files = files;
	}

	/** Stores the bytes now; they are deleted again if the current transaction does not commit. */
	public FileKey store(byte[] content) {
		requireTransaction();
		FileKey key = files.store(content);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(key);
				}
			}
		});
		return key;
	}

	/** Deletes the file once the current transaction has committed; a rollback keeps it. */
	public void deleteOnCommit(FileKey key) {
		requireTransaction();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.delete(key);
			}
		});
	}

	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Staged files need a transaction to follow");
		}
	}

}
