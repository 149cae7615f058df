package ru.vmeste.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Builds JPEGs that carry an EXIF block with an orientation and GPS coordinates, like a
 * phone photo, to prove that uploads are stripped of them.
 */
public final class ExifJpeg {

	/** The GPS latitude written into the EXIF block: 58° 0' 38" N. */
	public static final int[] LATITUDE = { 58, 0, 38 };

	private ExifJpeg() {
	}

	public static byte[] withGps(int width, int height, int orientation) {
		byte[] plain = plainJpeg(width, height);
		byte[] exif = exifSegment(orientation);
		ByteBuffer jpeg = ByteBuffer.allocate(plain.length + exif.length);
		jpeg.put(plain, 0, 2).put(exif).put(plain, 2, plain.length - 2);
		return jpeg.array();
	}

	/** Whether the bytes hold an APP1 segment (where EXIF and XMP live). */
	public static boolean hasApp1Segment(byte[] jpeg) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
			int marker = jpeg[position + 1] & 0xFF;
			if (marker == 0xE1) {
				return true;
			}
			if (marker == 0xDA) {
				return false;
			}
			position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
		}
		return false;
	}

	private static byte[] plainJpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(90, 90, 90));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width / 3, height / 5);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(92);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0: orientation and a pointer to the GPS IFD
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// GPS IFD: latitude reference and latitude
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		for (int part : LATITUDE) {
			tiff.putInt(part).putInt(1);
		}
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + header.length + tiff.capacity();
		return ByteBuffer.allocate(2 + length)
			.put((byte) 0xFF)
			.put((byte) 0xE1)
			.putShort((short) length)
			.put(header)
			.put(tiff.array())
			.array();
	}

}
