package ru.vmeste.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import ru.vmeste.platform.files.Upload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty file input sends one empty part with no name: that is no file, not an empty one.
 */
class UploadsTests {

	private final MockMultipartFile chosen = new MockMultipartFile("file", "plan.pdf", "application/pdf",
			new byte[] { 37, 80, 68, 70 });

	private final MockMultipartFile leftEmpty = new MockMultipartFile("file", "", "application/octet-stream",
			new byte[0]);

	@Test
	void readsTheNameAndTheBytes() {
		Upload upload = Uploads.read(chosen);
		assertThat(upload.name()).isEqualTo("plan.pdf");
		assertThat(upload.bytes()).containsExactly(37, 80, 68, 70);
	}

	@Test
	void anOptionalInputLeftEmptyIsNoFile() {
		assertThat(Uploads.optional(leftEmpty)).isNull();
		assertThat(Uploads.optional(null)).isNull();
		assertThat(Uploads.optional(chosen)).isNotNull();
	}

	@Test
	void aRequiredInputLeftEmptyIsAnEmptyUnnamedFileForTheModuleToRefuse() {
		Upload upload = Uploads.read(leftEmpty);
		assertThat(upload.isEmpty()).isTrue();
		assertThat(upload.name()).isEqualTo("file");
		assertThat(Uploads.read(null).isEmpty()).isTrue();
	}

	@Test
	void aMultipleInputSkipsTheEmptyPart() {
		assertThat(Uploads.all(List.of(chosen, leftEmpty))).extracting(Upload::name).containsExactly("plan.pdf");
		assertThat(Uploads.all(null)).isEmpty();
	}

}
