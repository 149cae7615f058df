package ru.vmeste.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every file backend promises: a file reads back byte for byte (also when it spans many
 * chunks and arrives as a stream), is listed under its key, and is gone once deleted; files
 * move between backends under the same keys, checked by their digests.
 */
abstract class FileBackendContract {

	@TempDir
	Path directory;

	abstract FileBackend backend();

	@Test
	void aStoredFileReadsBackByteForByte() throws IOException {
		byte[] photo = randomBytes(70_000, 1);
		FileKey key = backend().store(photo);
		try (InputStream in = backend().open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
	}

	@Test
	void aLargeStreamIsWrittenAndReadInPieces() throws IOException {
		FileKey key = FileKey.random();
		long size = DatabaseFileStore.CHUNK * 3L + 12_345;
		backend().write(key, new PatternStream(size));
		try (InputStream in = backend().open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(new PatternStream(size).readAllBytes());
		}
	}

	@Test
	void anEmptyFileStaysEmpty() throws IOException {
		FileKey key = backend().store(new byte[0]);
		try (InputStream in = backend().open(key).orElseThrow()) {
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void aDeletedFileIsGoneAndAnUnknownKeyIsEmpty() {
		FileKey key = backend().store(new byte[] { 1, 2, 3 });
		backend().delete(key);
		assertThat(backend().open(key)).isEmpty();
		assertThat(backend().open(FileKey.random())).isEmpty();
		backend().delete(FileKey.random());
	}

	@Test
	void everyStoredKeyIsListed() {
		FileKey first = backend().store(new byte[] { 1 });
		FileKey second = backend().store(new byte[] { 2 });
		List<FileKey> keys = new ArrayList<>();
		backend().forEachKey(keys::add);
		assertThat(keys).contains(first, second);
	}

	@Test
	void filesMoveToAndFromADirectoryUnderTheSameKeysAndDigests() {
		DirectoryFileStore local = new DirectoryFileStore(directory.resolve("from"));
		List<FileKey> keys = List.of(local.store(randomBytes(1000, 2)), local.store(randomBytes(300_000, 3)),
				local.store(new byte[0]));

		FileMigration.Result there = FileMigration.copy(local, backend());
		FileMigration.Result again = FileMigration.copy(local, backend());
		DirectoryFileStore back = new DirectoryFileStore(directory.resolve("back"));
		FileMigration.copy(backend(), back);

		assertThat(there.copied()).isEqualTo(3);
		assertThat(there.bytes()).isEqualTo(301_000);
		assertThat(again.copied()).isZero();
		assertThat(again.skipped()).isEqualTo(3);
		for (FileKey key : keys) {
			assertThat(FileMigration.digest(backend(), key)).isEqualTo(FileMigration.digest(local, key))
				.isEqualTo(FileMigration.digest(back, key));
		}
	}

	static byte[] randomBytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** A stream of the given length that never exists as a whole array. */
	static final class PatternStream extends InputStream {

		private final long size;

		private long position;

		PatternStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			return position < size ? (int) (position++ * 31 % 251) : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= size) {
				return -1;
			}
			int n = (int) Math.min(len, size - position);
			for (int i = 0; i < n; i++) {
				b[off + i] = (byte) read();
			}
			return n;
		}

	}

	static InputStream bytes(byte[] content) {
		return new ByteArrayInputStream(content);
	}

}
