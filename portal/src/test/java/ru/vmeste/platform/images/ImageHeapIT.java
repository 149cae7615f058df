package ru.vmeste.platform.images;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PNG of 50 megapixels that weighs about 150 KB (one colour compresses well) is cleaned by a
 * JVM whose whole heap is 64 MB: decoded in full, its pixels alone would need 150 MB. The
 * sanitizer runs in a JVM of its own so the bound is the JVM's, not a guess from sampling.
 */
class ImageHeapIT {

	static final int WIDTH = 10_000;

	static final int HEIGHT = 5_000;

	@Test
	void aFiftyMegapixelPngIsCleanedWithinSixtyFourMegabytesOfHeap() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-Djava.awt.headless=true", "-cp",
				System.getProperty("java.class.path"), Clean.class.getName()))
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the cleaning JVM ends").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("cleaned 2048x1024");
	}

	/** Cleans the PNG in the small JVM and prints what came out. */
	static final class Clean {

		public static void main(String[] args) throws IOException {
			byte[] png = fiftyMegapixelPng();
			System.out.println("uploaded " + png.length + " bytes");
			CleanImage image = new ImageSanitizer().sanitize(png);
			System.out.println("cleaned " + image.width() + "x" + image.height());
		}

	}

	/** A grey RGB PNG of {@value #WIDTH} × {@value #HEIGHT} px, written row by row. */
	static byte[] fiftyMegapixelPng() throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed)) {
			byte[] row = new byte[1 + WIDTH * 3];
			java.util.Arrays.fill(row, (byte) 0x80);
			row[0] = 0; // no filter
			for (int y = 0; y < HEIGHT; y++) {
				rows.write(row);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream fields = new DataOutputStream(header);
		fields.writeInt(WIDTH);
		fields.writeInt(HEIGHT);
		fields.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, RGB, deflate, adaptive filters, no interlace
		chunk(png, "IHDR", header.toByteArray());
		chunk(png, "IDAT", compressed.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		out.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
