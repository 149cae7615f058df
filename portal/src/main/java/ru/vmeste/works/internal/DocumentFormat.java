package ru.vmeste.works.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The document formats works accept, recognised by their content and checked against the
 * file name's extension: PDF, Word and Excel (old and new), OpenDocument text and spreadsheet.
 * Images (scans of paper documents) go through the image sanitizer instead. A ZIP-based format
 * must also name its own parts (e.g. {@code word/}) somewhere in the archive. Anything
 * else (HTML, SVG, scripts, programs) is refused, whatever its name says.
 */
public enum DocumentFormat {

	PDF("pdf", "application/pdf", Signature.PDF, null),
	DOC("doc", "application/msword", Signature.OLE2, null),
	XLS("xls", "application/vnd.ms-excel", Signature.OLE2, null),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP,
			"word/"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP, "xl/"),
	ODT("odt", "application/vnd.oasis.opendocument.text", Signature.ZIP, "application/vnd.oasis.opendocument.text"),
	ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP,
			"application/vnd.oasis.opendocument.spreadsheet");

	/** The first bytes of each container. */
	private enum Signature {

		PDF(new byte[] { '%', 'P', 'D', 'F', '-' }),
		OLE2(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }),
		ZIP(new byte[] { 'P', 'K', 3, 4 });

		private final byte[] magic;

		Signature(byte[] magic) {
			this.magic = magic;
		}

		boolean matches(byte[] content) {
			return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
		}

	}

	private final String extension;

	private final String contentType;

	private final Signature signature;

	private final byte[] marker;

	DocumentFormat(String extension, String contentType, Signature signature, @Nullable String marker) {
		this.extension = extension;
		this.contentType = contentType;
		this.signature = signature;
		this.marker = marker == null ? new byte[0] : marker.getBytes(StandardCharsets.US_ASCII);
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The format of a file whose content and name agree, if it is one of the accepted formats. */
	public static Optional<DocumentFormat> of(byte[] content, String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(format -> name.endsWith("." + format.extension))
			.filter(format -> format.signature.matches(content))
			.filter(format -> format.marker.length == 0 || contains(content, format.marker))
			.findFirst();
	}

	public static List<String> extensions() {
		return Arrays.stream(values()).map(DocumentFormat::extension).toList();
	}

	static boolean looksLikeImage(byte[] content) {
		return content.length > 12 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				|| (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G'
				|| content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F' && content[8] == 'W'
						&& content[9] == 'E' && content[10] == 'B' && content[11] == 'P');
	}

	private static boolean contains(byte[] content, byte[] marker) {
		int limit = content.length - marker.length;
		for (int i = 0; i <= limit; i++) {
			if (Arrays.equals(content, i, i + marker.length, marker, 0, marker.length)) {
				return true;
			}
		}
		return false;
	}

}
