package ru.vmeste.platform.files;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileResponsesTests {

	@Test
	void aRestrictedFileIsKeptByNoCacheAPublicOneForAWeek() {
		ResponseEntity<Resource> restricted = FileResponses.inlineRestricted(new ByteArrayInputStream(new byte[1]),
				"image/jpeg", "a.jpg");
		assertThat(restricted.getHeaders().get(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store, private");
		ResponseEntity<Resource> open = FileResponses.inline(new ByteArrayInputStream(new byte[1]), "image/jpeg", "a.jpg");
		assertThat(open.getHeaders().get(HttpHeaders.CACHE_CONTROL)).containsExactly("max-age=604800, public");
		assertThat(restricted.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void keepsOnlyTheLastPartOfAPath() {
		assertThat(FileResponses.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileResponses.safeName("C:\\Users\\x\\акт приёмки.pdf")).isEqualTo("акт приёмки.pdf");
	}

	@Test
	void replacesCharactersThatBreakHeadersOrFileSystems() {
		assertThat(FileResponses.safeName("a\"b\r\nc<script>.pdf")).isEqualTo("a_b__c_script_.pdf");
		assertThat(FileResponses.safeName("...hidden")).isEqualTo("hidden");
		assertThat(FileResponses.safeName("/")).isEqualTo("file");
	}

	@Test
	void acceptsOnlyKeysOfTheStoresOwnShape() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FileKey("../../etc/passwd"));
		assertThat(FileKey.random().value()).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");
	}

}
