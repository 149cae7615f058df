package ru.vmeste.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every file from one backend into another under the same key, so the rows that point
 * at files stay valid, and checks each copy by its SHA-256. Files already in the target with
 * the same content are skipped: an interrupted migration is simply run again.
 */
public final class FileMigration {

	private static final Logger log = LoggerFactory.getLogger(FileMigration.class);

	/** What a migration did. */
	public record Result(long copied, long skipped, long bytes) {
	}

	private FileMigration() {
	}

	public static Result copy(FileBackend source, FileBackend target) {
		AtomicLong copied = new AtomicLong();
		AtomicLong skipped = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		source.forEachKey(key -> {
			byte[] wanted = digest(source, key);
			if (Arrays.equals(wanted, digest(target, key))) {
				skipped.incrementAndGet();
				return;
			}
			InputStream content = source.open(key).orElseThrow();
			CountingStream counted = new CountingStream(content);
			target.write(key, counted);
			if (!Arrays.equals(wanted, digest(target, key))) {
				throw new IllegalStateException("The copy of " + key.value() + " in " + target + " differs from "
						+ source);
			}
			bytes.addAndGet(counted.count);
			if (copied.incrementAndGet() % 1000 == 0) {
				log.info("{} files copied from {} to {}", copied.get(), source, target);
			}
		});
		return new Result(copied.get(), skipped.get(), bytes.get());
	}

	/** The file's SHA-256, or an empty array when the backend lacks it. */
	public static byte[] digest(FileStore store, FileKey key) {
		return store.open(key).map(content -> {
			try (DigestInputStream in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
				return in.getMessageDigest().digest();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}).orElse(new byte[0]);
	}

	private static final class CountingStream extends java.io.FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			count += Math.max(n, 0);
			return n;
		}

	}

}
