package ru.vmeste.reports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.PhotoStore;
import ru.vmeste.shared.DomainException;

/**
 * Reads uploaded photos from requests and serves stored ones, to those who may see the appeal.
 */
@Component
class PhotoFiles {

	private final PhotoStore photos;

	private final FileStore files;

	private final AppealViews views;

	PhotoFiles(PhotoStore photos, FileStore files, AppealViews views) {
		this.photos = photos;
		this.files = files;
		this.views = views;
	}

	ResponseEntity<Resource> serve(AppealId id, UUID photoId, boolean thumbnail, @Nullable PortalUser viewer) {
		Appeal appeal = views.visible(id, viewer);
		PhotoStore.Photo photo = photos.find(appeal.id(), photoId)
			.orElseThrow(() -> DomainException.notFound("reports.photo.not-found"));
		return files.open(thumbnail ? photo.thumbnail() : photo.file())
			.map(content -> FileResponses.inline(content, thumbnail ? "image/jpeg" : photo.contentType(),
					"appeal-" + appeal.number() + (thumbnail || photo.contentType().equals("image/jpeg") ? ".jpg" : ".png")))
			.orElseThrow(() -> DomainException.notFound("reports.photo.not-found"));
	}

	/** The bytes of the chosen files; an empty file input sends one empty part, which is no photo. */
	static List<byte[]> bytes(@Nullable List<MultipartFile> uploads) {
		if (uploads == null) {
			return List.of();
		}
		return uploads.stream().filter(upload -> !upload.isEmpty()).map(PhotoFiles::bytes).toList();
	}

	static byte[] bytes(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
