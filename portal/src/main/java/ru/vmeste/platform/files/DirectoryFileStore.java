package ru.vmeste.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.vmeste.platform.PlatformSettings;

/**
 * Files in a local (or mounted network) directory. Writes go to a temporary file first and
 * are moved into place, so a crash never leaves half a file under a key.
 */
@Component
class DirectoryFileStore implements FileStore {

	private final Path root;

	DirectoryFileStore(PlatformSettings settings) {
		this.root = settings.files().dir().toAbsolutePath().normalize();
	}

	@Override
	public FileKey store(byte[] content) {
		FileKey key = FileKey.random();
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return key;
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

	private Path path(FileKey key) {
		return root.resolve(key.value());
	}

}
