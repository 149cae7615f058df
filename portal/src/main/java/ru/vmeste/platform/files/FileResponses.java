package ru.vmeste.platform.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves stored files safely: the stored content type (never guessed from the name), a
 * file name cleaned of paths and control characters, no content sniffing, and a sandbox so
 * that an uploaded HTML or SVG file cannot run script on the portal's origin.
 */
public final class FileResponses {

	private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	private FileResponses() {
	}

	/** A file the browser shows inline (photos). */
	public static ResponseEntity<Resource> inline(InputStream content, String contentType, String fileName) {
		return response(content, contentType, ContentDisposition.inline(), fileName, PUBLIC);
	}

	/**
	 * A photo only some may see (e.g. of an appeal still in moderation): no shared cache or
	 * browser keeps it ({@code Cache-Control: private, no-store}).
	 */
	public static ResponseEntity<Resource> inlineRestricted(InputStream content, String contentType, String fileName) {
		return response(content, contentType, ContentDisposition.inline(), fileName, CacheControl.noStore().cachePrivate());
	}

	/** A file the browser downloads (documents). */
	public static ResponseEntity<Resource> attachment(InputStream content, String contentType, String fileName) {
		return response(content, contentType, ContentDisposition.attachment(), fileName, PUBLIC);
	}

	/** A name safe to put in a header and on a disk: no directories, no control or reserved characters. */
	public static String safeName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		if (base.length() > 150) {
			base = base.substring(base.length() - 150);
		}
		return base.isBlank() ? "file" : base;
	}

	private static ResponseEntity<Resource> response(InputStream content, String contentType,
			ContentDisposition.Builder disposition, String fileName, CacheControl caching) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(safeName(fileName), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
			.cacheControl(caching)
			.body(new InputStreamResource(content));
	}

}
