package ru.vmeste.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Files in a local (or mounted network) directory. Writes go to a temporary file first and
 * are moved into place, so a crash never leaves half a file under a key.
 */
class DirectoryFileStore implements FileBackend {

	private final Path root;

	DirectoryFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void write(FileKey key, InputStream content) {
		Path target = path(key);
		try (content) {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
			try {
				Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file in " + root, ex);
		}
	}

	@Override
	public Optional<InputStream> open(FileKey key) {
		try {
			return Optional.of(Files.newInputStream(path(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(FileKey key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void forEachKey(Consumer<FileKey> action) {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile)
				.map(file -> root.relativize(file).toString().replace('\\', '/'))
				.filter(FileKey::isKey)
				.map(FileKey::new)
				.forEach(action);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(FileKey key) {
		return root.resolve(key.value());
	}

	@Override
	public String toString() {
		return "local directory " + root;
	}

}
