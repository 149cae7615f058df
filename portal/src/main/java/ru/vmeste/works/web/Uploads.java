package ru.vmeste.works.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * Reads uploaded files from requests; an empty file input sends one empty part, which is no file.
 */
final class Uploads {

	private Uploads() {
	}

	static byte @Nullable [] bytes(@Nullable MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String name(MultipartFile upload) {
		String name = upload.getOriginalFilename();
		return name == null || name.isBlank() ? "file" : name;
	}

}
