package ru.vmeste.platform.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ru.vmeste.shared.DomainException;
import ru.vmeste.support.ExifJpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageSanitizerTests {

	private final ImageSanitizer sanitizer = new ImageSanitizer();

	@Test
	void stripsExifAndGpsFromAPhonePhoto() {
		byte[] upload = ExifJpeg.withGps(64, 48, 1);
		assertThat(ExifJpeg.hasApp1Segment(upload)).isTrue();
		CleanImage clean = sanitizer.sanitize(upload);
		assertThat(clean.contentType()).isEqualTo("image/jpeg");
		assertThat(ExifJpeg.hasApp1Segment(clean.bytes())).isFalse();
		assertThat(ExifJpeg.hasApp1Segment(clean.thumbnail())).isFalse();
		assertThat(new String(clean.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
	}

	@Test
	void turnsARotatedPhotoUprightBeforeForgettingTheOrientation() throws IOException {
		CleanImage clean = sanitizer.sanitize(ExifJpeg.withGps(64, 48, 6));
		assertThat(clean.width()).isEqualTo(48);
		assertThat(clean.height()).isEqualTo(64);
		assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth()).isEqualTo(48);
	}

	@Test
	void scalesLargePhotosDownAndMakesAThumbnail() throws IOException {
		CleanImage clean = sanitizer.sanitize(png(3000, 1500));
		assertThat(clean.width()).isEqualTo(ImageSanitizer.MAX_SIDE);
		assertThat(clean.height()).isEqualTo(1024);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
		assertThat(thumbnail.getWidth()).isEqualTo(ImageSanitizer.THUMBNAIL_SIDE);
	}

	@Test
	void refusesAFileThatIsNotAnImage() {
		assertThatThrownBy(() -> sanitizer.sanitize("%PDF-1.7 not a photo".getBytes()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageCode()).isEqualTo("image.unsupported"));
	}

	@Test
	void refusesATruncatedImage() {
		byte[] jpeg = ExifJpeg.withGps(64, 48, 1);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 200);
		assertThatThrownBy(() -> sanitizer.sanitize(truncated)).isInstanceOf(DomainException.class);
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
		return bytes.toByteArray();
	}

}
