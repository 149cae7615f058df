package ru.vmeste.reports.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.AppealPhoto;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.shared.DomainException;

/**
 * Serves the stored photos of appeals to those who may see the appeal.
 */
@Component
class PhotoFiles {

	private final AppealRecords records;

	private final FileStore files;

	private final AppealViews views;

	PhotoFiles(AppealRecords records, FileStore files, AppealViews views) {
		this.records = records;
		this.files = files;
		this.views = views;
	}

	ResponseEntity<Resource> serve(AppealId id, UUID photoId, boolean thumbnail, @Nullable PortalUser viewer) {
		Appeal appeal = views.visible(id, viewer);
		AppealPhoto photo = records.photo(appeal.id(), photoId)
			.orElseThrow(() -> DomainException.notFound("reports.photo.not-found"));
		return files.open(thumbnail ? photo.thumbnail() : photo.file())
			.map(content -> FileResponses.inline(content, thumbnail ? "image/jpeg" : photo.contentType(),
					"appeal-" + appeal.number() + (thumbnail || photo.contentType().equals("image/jpeg") ? ".jpg" : ".png")))
			.orElseThrow(() -> DomainException.notFound("reports.photo.not-found"));
	}

}
