package ru.vmeste.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.platform.files.Upload;

/**
 * The one reader of multipart uploads. A file input left empty still sends one empty part,
 * which is no file: {@link #optional} and {@link #all} skip it, {@link #read} hands it on
 * empty so the module's own check refuses it with its own message.
 */
public final class Uploads {

	private static final String UNNAMED = "file";

	private Uploads() {
	}

	/** The file of a required input, empty when none was chosen. */
	public static Upload read(@Nullable MultipartFile file) {
		if (file == null) {
			return new Upload(UNNAMED, new byte[0]);
		}
		// the device's name for the file is cosmetic: cleaned of control characters (TextInput), never refused
		String name = file.getOriginalFilename() == null ? null : TextInput.cleaned(file.getOriginalFilename()).strip();
		try {
			return new Upload(name == null || name.isBlank() ? UNNAMED : name, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload " + name, ex);
		}
	}

	/** The file of an optional input, or null when none was chosen. */
	public static @Nullable Upload optional(@Nullable MultipartFile file) {
		return file == null || file.isEmpty() ? null : read(file);
	}

	/** The files of a multiple input, without the empty part of an input left empty. */
	public static List<Upload> all(@Nullable List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).map(Uploads::read).toList();
	}

}
