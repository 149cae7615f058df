package ru.vmeste.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in PostgreSQL, beside the rows that point at them, so every instance sees every file
 * and a database backup holds them too. A file is written and read in chunks of
 * {@value #CHUNK} bytes: nothing ever holds a whole file in memory. Written inside the caller's
 * transaction when there is one (a rollback then takes the file away with the rows).
 */
class DatabaseFileStore implements FileBackend {

	static final int CHUNK = 256 * 1024;

	private static final int KEYS_PER_PAGE = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DatabaseFileStore(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void write(FileKey key, InputStream content) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from platform_files where key = ?").param(key.value()).update();
			jdbc.sql("insert into platform_files (key, size) values (?, 0)").param(key.value()).update();
			long size = 0;
			int seq = 0;
			try (content) {
				byte[] chunk;
				while ((chunk = content.readNBytes(CHUNK)).length > 0) {
					jdbc.sql("insert into platform_file_chunks (key, seq, data) values (?, ?, ?)")
						.params(key.value(), seq++, chunk)
						.update();
					size += chunk.length;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read a file to store", ex);
			}
			jdbc.sql("update platform_files set size = ? where key = ?").params(size, key.value()).update();
		});
	}

	@Override
	public Optional<InputStream> open(FileKey key) {
		return jdbc.sql("select size from platform_files where key = ?")
			.param(key.value())
			.query(Long.class)
			.optional()
			.map(size -> new ChunkStream(key, size));
	}

	@Override
	public void delete(FileKey key) {
		jdbc.sql("delete from platform_files where key = ?").param(key.value()).update();
	}

	@Override
	public void forEachKey(Consumer<FileKey> action) {
		String after = "";
		List<String> page;
		do {
			page = jdbc.sql("select key from platform_files where key > ? order by key limit ?")
				.params(after, KEYS_PER_PAGE)
				.query(String.class)
				.list();
			page.stream().map(FileKey::new).forEach(action);
			after = page.isEmpty() ? after : page.getLast();
		}
		while (page.size() == KEYS_PER_PAGE);
	}

	@Override
	public String toString() {
		return "database";
	}

	/** Reads a stored file one chunk (one short query) at a time. */
	private final class ChunkStream extends InputStream {

		private final FileKey key;

		private final long size;

		private long read;

		private int nextSeq;

		private byte @Nullable [] chunk;

		private int position;

		ChunkStream(FileKey key, long size) {
			this.key = key;
			this.size = size;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (chunk == null || position == chunk.length) {
				if (read >= size) {
					return -1;
				}
				chunk = nextChunk();
				position = 0;
			}
			int count = Math.min(length, chunk.length - position);
			System.arraycopy(chunk, position, target, offset, count);
			position += count;
			read += count;
			return count;
		}

		private byte[] nextChunk() throws IOException {
			return jdbc.sql("select data from platform_file_chunks where key = ? and seq = ?")
				.params(key.value(), nextSeq++)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new IOException("File " + key.value() + " was removed while it was read"));
		}

	}

}
