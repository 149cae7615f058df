package ru.vmeste.works.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import ru.vmeste.support.ExifJpeg;
import ru.vmeste.works.WorkFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are recognised by their content and their name together; a page, an image or a
 * program named like a document is not one.
 */
class DocumentFormatTests {

	@Test
	void recognisesAPdfByItsSignatureAndName() {
		byte[] pdf = WorkFiles.pdf("Contract");
		assertThat(DocumentFormat.of(pdf, "contract.PDF")).contains(DocumentFormat.PDF);
		assertThat(DocumentFormat.PDF.contentType()).isEqualTo("application/pdf");
		assertThat(DocumentFormat.of(pdf, "contract.docx")).isEmpty();
	}

	@Test
	void refusesMarkupAndScriptsWhateverTheirName() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(DocumentFormat.of(html, "act.pdf")).isEmpty();
		assertThat(DocumentFormat.of(html, "act.html")).isEmpty();
		byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8);
		assertThat(DocumentFormat.of(svg, "plan.pdf")).isEmpty();
	}

	@Test
	void tellsOfficeArchivesApartByTheirParts() throws IOException {
		byte[] word = zip("word/document.xml");
		assertThat(DocumentFormat.of(word, "project.docx")).contains(DocumentFormat.DOCX);
		assertThat(DocumentFormat.of(word, "project.xlsx")).isEmpty();
		assertThat(DocumentFormat.of(zip("xl/workbook.xml"), "estimate.xlsx")).contains(DocumentFormat.XLSX);
		assertThat(DocumentFormat.of(zip("payload.exe"), "estimate.xlsx")).isEmpty();
	}

	@Test
	void sendsPicturesToTheImageSanitizer() {
		assertThat(DocumentFormat.looksLikeImage(ExifJpeg.withGps(640, 480, 1))).isTrue();
		assertThat(DocumentFormat.looksLikeImage(WorkFiles.pdf("x"))).isFalse();
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
