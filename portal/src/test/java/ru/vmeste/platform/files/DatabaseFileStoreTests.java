package ru.vmeste.platform.files;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.platform.PlatformSettings.FileBackendKind;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL keeps the file backend's promises, in chunks, and a file written inside a
 * transaction that rolls back never existed.
 */
@PortalTest
class DatabaseFileStoreTests extends FileBackendContract {

	@Autowired
	FileBackends backends;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Override
	FileBackend backend() {
		return backends.create(FileBackendKind.DATABASE);
	}

	@Test
	void aFileIsKeptInChunksOfBoundedSize() {
		FileKey key = FileKey.random();
		backend().write(key, new PatternStream(DatabaseFileStore.CHUNK * 2L + 1));
		assertThat(jdbc.sql("select count(*) from platform_file_chunks where key = ?").param(key.value())
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select max(length(data)) from platform_file_chunks where key = ?").param(key.value())
			.query(Integer.class).single()).isEqualTo(DatabaseFileStore.CHUNK);
	}

	@Test
	void aFileWrittenInARolledBackTransactionNeverExisted() {
		FileKey key = FileKey.random();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			backend().write(key, bytes(new byte[] { 1, 2, 3 }));
			throw new IllegalStateException("the row could not be written");
		})).hasMessage("the row could not be written");
		assertThat(backend().open(key)).isEmpty();
	}

}
