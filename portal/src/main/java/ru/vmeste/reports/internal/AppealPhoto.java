package ru.vmeste.reports.internal;

import java.util.UUID;

import ru.vmeste.platform.files.FileKey;
import ru.vmeste.reports.AppealId;

/** A stored photo of an appeal and its thumbnail; the bytes live in the file store. */
public record AppealPhoto(UUID id, AppealId appeal, FileKey file, FileKey thumbnail, String contentType) {
}
