package ru.vmeste.reports.workspace;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.platform.files.FileKey;

/** A photo (with a thumbnail) or a document attached to an answer. */
public record AnswerFile(UUID id, UUID answer, FileKey file, @Nullable FileKey thumbnail, String contentType,
		String name) {

	public boolean isImage() {
		return thumbnail != null;
	}

}
