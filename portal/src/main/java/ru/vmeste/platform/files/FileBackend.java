package ru.vmeste.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A place files can be kept: a directory, PostgreSQL or an S3-compatible store. Besides what
 * modules use ({@link FileStore}) a backend can write a file under a given key and list its
 * keys, which is what moving files between backends and backing them up need.
 */
public interface FileBackend extends FileStore {

	/** Writes the content under the key, streamed, replacing what was there. */
	void write(FileKey key, InputStream content);

	/** Calls back with every stored key. */
	void forEachKey(Consumer<FileKey> action);

	@Override
	default FileKey store(byte[] content) {
		FileKey key = FileKey.random();
		write(key, new ByteArrayInputStream(content));
		return key;
	}

}
