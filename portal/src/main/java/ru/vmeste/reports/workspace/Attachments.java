package ru.vmeste.reports.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.shared.DomainException;

/**
 * Files attached to answers and ratings: photos (JPEG, PNG, WebP) re-encoded without any
 * metadata, PDF documents kept as they are; everything checked before anything is stored, and
 * stored in the transaction that writes their rows ({@link StagedFiles}).
 */
@Component
public class Attachments {

	public static final int MAX_FILES = 5;

	/** A checked file in the file store; photos have a thumbnail. */
	public record Stored(UUID id, FileKey file, @Nullable FileKey thumbnail, String contentType, String name) {
	}

	/** An upload checked (a photo re-encoded without metadata), not stored yet. */
	public record Checked(String name, byte[] bytes, byte @Nullable [] thumbnail, String contentType) {
	}

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final ImageSanitizer images;

	private final StagedFiles files;

	private final long maxBytes;

	Attachments(ImageSanitizer images, StagedFiles files, ReportsSettings settings) {
		this.images = images;
		this.files = files;
		this.maxBytes = settings.attachmentMaxSize().toBytes();
	}

	/** Checks every upload before anything is stored: a refused one refuses them all. */
	public List<Checked> check(List<Upload> uploads, boolean documents) {
		if (uploads.size() > MAX_FILES) {
			throw DomainException.invalid("reports.attachments.too-many", MAX_FILES);
		}
		return uploads.stream().map(upload -> check(upload, documents)).toList();
	}

	/** Stores checked files inside the caller's transaction: they are deleted again if it rolls back. */
	public List<Stored> store(List<Checked> checked) {
		return checked.stream()
			.map(file -> new Stored(UUID.randomUUID(), files.store(file.bytes()),
					file.thumbnail() == null ? null : files.store(file.thumbnail()), file.contentType(), file.name()))
			.toList();
	}

	private Checked check(Upload upload, boolean documents) {
		if (upload.bytes().length > maxBytes) {
			throw DomainException.invalid("reports.attachments.too-large", maxBytes / (1024 * 1024));
		}
		String name = FileResponses.safeName(upload.name());
		if (upload.bytes().length >= PDF.length && Arrays.equals(upload.bytes(), 0, PDF.length, PDF, 0, PDF.length)) {
			if (!documents) {
				throw DomainException.invalid("reports.attachments.photos-only");
			}
			return new Checked(name.toLowerCase().endsWith(".pdf") ? name : name + ".pdf", upload.bytes(), null,
					"application/pdf");
		}
		if (!isImage(upload.bytes())) {
			throw DomainException.invalid(documents ? "reports.attachments.type" : "reports.attachments.photos-only");
		}
		CleanImage image = images.sanitize(upload.bytes());
		return new Checked(name, image.bytes(), image.thumbnail(), image.contentType());
	}

	/** JPEG, PNG or WebP by their first bytes. */
	private static boolean isImage(byte[] bytes) {
		if (bytes.length < 12) {
			return false;
		}
		boolean jpeg = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
		boolean png = (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
		boolean webp = bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W'
				&& bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
		return jpeg || png || webp;
	}

}
