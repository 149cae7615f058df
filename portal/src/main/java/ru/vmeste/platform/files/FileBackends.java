package ru.vmeste.platform.files;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.platform.PlatformSettings.FileBackendKind;

/**
 * Makes a file backend of each kind from the settings: the one the portal uses and, for the
 * file migration, the one files are moved from.
 */
@Component
public class FileBackends {

	private final PlatformSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	FileBackends(PlatformSettings settings, JdbcClient jdbc, TransactionTemplate transaction) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** A new backend of the kind; the caller closes it if it is {@link AutoCloseable}. */
	public FileBackend create(FileBackendKind kind) {
		return switch (kind) {
			case LOCAL -> new DirectoryFileStore(settings.files().dir());
			case DATABASE -> new DatabaseFileStore(jdbc, transaction);
			case S3 -> new S3FileStore(settings.files().s3());
		};
	}

}
