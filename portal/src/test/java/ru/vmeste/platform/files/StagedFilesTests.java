package ru.vmeste.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files follow the transaction they were staged in: kept on commit, gone on rollback; a
 * removal happens only once the transaction has committed.
 */
class StagedFilesTests {

	private final MemoryFiles files = new MemoryFiles();

	private final StagedFiles staged = new StagedFiles(files);

	private final TransactionTemplate transaction = new TransactionTemplate(new NoResourceTransactions());

	@Test
	void aCommittedTransactionKeepsItsFiles() {
		FileKey key = transaction.execute(status -> staged.store(new byte[] { 1, 2, 3 }));
		assertThat(files.open(key)).isPresent();
	}

	@Test
	void aFailureInsideTheTransactionTakesItsFilesAway() {
		Map<String, FileKey> stored = new HashMap<>();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			stored.put("photo", staged.store(new byte[] { 1 }));
			stored.put("thumbnail", staged.store(new byte[] { 2 }));
			throw new IllegalStateException("the row could not be written");
		})).hasMessage("the row could not be written");
		assertThat(stored).hasSize(2);
		assertThat(stored.values()).allSatisfy(key -> assertThat(files.open(key)).isEmpty());
		assertThat(files.stored).isEmpty();
	}

	@Test
	void aRollbackOnlyTransactionTakesItsFilesAwayToo() {
		FileKey key = transaction.execute(status -> {
			status.setRollbackOnly();
			return staged.store(new byte[] { 1 });
		});
		assertThat(files.open(key)).isEmpty();
	}

	@Test
	void aRemovalWaitsForTheCommit() {
		FileKey kept = files.store(new byte[] { 1 });
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			staged.deleteOnCommit(kept);
			throw new IllegalStateException("the row could not be deleted");
		}));
		assertThat(files.open(kept)).isPresent();
		transaction.executeWithoutResult(status -> {
			staged.deleteOnCommit(kept);
			assertThat(files.open(kept)).as("still there until the commit").isPresent();
		});
		assertThat(files.open(kept)).isEmpty();
	}

	@Test
	void outsideATransactionItRefusesInsteadOfLeakingFiles() {
		assertThatThrownBy(() -> staged.store(new byte[] { 1 })).isInstanceOf(IllegalStateException.class);
		assertThat(files.stored).isEmpty();
	}

	/** A file store in memory. */
	private static final class MemoryFiles implements FileStore {

		private final Map<FileKey, byte[]> stored = new HashMap<>();

		@Override
		public FileKey store(byte[] content) {
			FileKey key = FileKey.random();
			stored.put(key, content);
			return key;
		}

		@Override
		public Optional<InputStream> open(FileKey key) {
			return Optional.ofNullable(stored.get(key)).map(ByteArrayInputStream::new);
		}

		@Override
		public void delete(FileKey key) {
			stored.remove(key);
		}

	}

	/** Real transaction semantics (synchronizations, rollback rules) without a database. */
	private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
