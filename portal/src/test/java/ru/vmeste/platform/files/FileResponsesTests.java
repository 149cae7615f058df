package ru.vmeste.platform.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileResponsesTests {

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
