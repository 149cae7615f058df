package ru.vmeste.works;

import java.nio.charset.StandardCharsets;

import ru.vmeste.support.ExifJpeg;

/**
 * Files for upload tests: a small valid PDF and a phone photo with GPS in its EXIF block.
 */
public final class WorkFiles {

	private WorkFiles() {
	}

	public static byte[] pdf() {
		return pdf("Contract 42");
	}

	/** A one-page PDF that says the text. */
	public static byte[] pdf(String text) {
		String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] jpeg() {
		return ExifJpeg.withGps(640, 480, 1);
	}

}
