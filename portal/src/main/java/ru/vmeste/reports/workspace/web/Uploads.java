package ru.vmeste.reports.workspace.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.reports.workspace.Attachments;

/**
 * Reads the chosen files of a form or an API call; an empty file input sends one empty part, which is no file.
 */
public final class Uploads {

	private Uploads() {
	}

	public static List<Attachments.Upload> of(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> !file.isEmpty()).map(Uploads::of).toList();
	}

	public static Attachments.@Nullable Upload optional(@Nullable MultipartFile file) {
		return file == null || file.isEmpty() ? null : of(file);
	}

	/** Read through the platform's one multipart reader, which cleans the file's name. */
	private static Attachments.Upload of(MultipartFile file) {
		ru.vmeste.platform.files.Upload upload = ru.vmeste.platform.web.Uploads.read(file);
		return new Attachments.Upload(upload.name(), upload.bytes());
	}

}
