package ru.vmeste.works;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of works: a download gives back exactly the uploaded bytes with the type of their
 * format; a name with directories or markup can neither put the file outside the storage nor
 * make the browser run anything; a page disguised as a document is refused and leaves nothing.
 */
@PortalTest
class WorkDocumentsTests {

	private static final String HOSTILE_NAME = "../../../etc/passwd\u0000<img src=x onerror=alert(1)>.pdf";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Value("${vmeste.files.dir:./data/files}")
	Path storage;

	@Test
	void aDownloadReturnsTheUploadedBytesWithTheTypeOfTheirFormat() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Документы ремонта");
		byte[] pdf = WorkFiles.pdf("Contract 7/2026");

		String url = upload(fixtures.official(), work, "contract-7.pdf", pdf);
		MvcTestResult download = mvc.get().uri(url).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("contract-7.pdf");

		byte[] second = WorkFiles.pdf("Contract 7/2026, amended");
		String versions = JsonPath.read(WorksFixtures.body(mvc.post()
			.uri(url.replace("/works/", "/api/v1/works/") + "/versions")
			.header("Authorization", fixtures.official())
			.multipart()
			.file(new MockMultipartFile("file", "contract-7-amended.pdf", "application/pdf", second))
			.exchange()), "$.url");
		assertThat(mvc.get().uri(versions).exchange().getResponse().getContentAsByteArray()).isEqualTo(second);
		assertThat(mvc.get().uri(url + "?version=1").exchange().getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(mvc.get().uri(url).exchange().getResponse().getContentAsByteArray()).isEqualTo(second);
	}

	@Test
	void aNameWithPathsAndMarkupCannotEscapeTheStorageNorRunInTheBrowser() throws IOException {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Документ с опасным именем");
		byte[] pdf = WorkFiles.pdf("Act");

		String url = upload(fixtures.official(), work, HOSTILE_NAME, pdf);
		MvcTestResult download = mvc.get().uri(url).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		String disposition = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment").doesNotContain("/", "..", "<", ">", "\u0000");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox");

		String stored = jdbc.sql("""
				select v.file_key from works_document_versions v join works_documents d on d.id = v.document_id
				where d.work_id = ?::uuid
				""").param(work).query(String.class).single();
		Path root = storage.toAbsolutePath().normalize();
		assertThat(stored).doesNotContain("passwd", "..", "<");
		assertThat(Files.readAllBytes(root.resolve(stored))).isEqualTo(pdf);
		try (Stream<Path> files = Files.walk(root)) {
			assertThat(files.map(Path::toString)).noneMatch(path -> path.contains("passwd") || path.contains("onerror"));
		}
		assertThat(mvc.get().uri("/works/{id}", work)).hasStatusOk().bodyText().doesNotContain("<img src=x");
	}

	@Test
	void aPageDisguisedAsADocumentIsRefusedAndLeavesNothing() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Документ-обманка");
		long history = jdbc.sql("select count(*) from works_history where work_id = ?::uuid").param(work)
			.query(Long.class)
			.single();
		byte[] page = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);

		assertThat(mvc.post().uri("/api/v1/works/{id}/documents", work).header("Authorization", fixtures.official())
			.multipart()
			.file(new MockMultipartFile("file", "act.pdf", "application/pdf", page)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Файл — не документ допустимого формата");
		assertThat(jdbc.sql("select count(*) from works_documents where work_id = ?::uuid").param(work)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from works_history where work_id = ?::uuid").param(work)
			.query(Long.class)
			.single()).isEqualTo(history);
	}

	private String upload(String bearer, String work, String name, byte[] content) {
		MvcTestResult created = mvc.post().uri("/api/v1/works/{id}/documents", work).header("Authorization", bearer)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("kind", "CONTRACT")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(WorksFixtures.body(created), "$.url");
	}

}
