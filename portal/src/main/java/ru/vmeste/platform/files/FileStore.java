package ru.vmeste.platform.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Keeps uploaded files (photos, documents) outside the database. The default keeps them in
 * a directory ({@code vmeste.files.dir}); a shared or S3-compatible store takes its place when
 * several instances serve one city. Modules keep the key, content type and name themselves.
 */
public interface FileStore {

	FileKey store(byte[] content);

	Optional<InputStream> open(FileKey key);

	void delete(FileKey key);

}
