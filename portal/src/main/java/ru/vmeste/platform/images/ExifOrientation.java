package ru.vmeste.platform.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the one EXIF tag worth keeping from a JPEG: the orientation (tag 0x0112), so the
 * pixels can be turned upright before every tag, GPS included, is thrown away.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/** The orientation 1–8 from a JPEG's APP1 Exif segment, or 1 when there is none. */
	static int of(byte[] jpeg) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
			int marker = jpeg[position + 1] & 0xFF;
			int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
			if (marker == 0xDA || length < 2) {
				break;
			}
			if (marker == 0xE1 && length > 14 && isExif(jpeg, position + 4)) {
				return orientation(jpeg, position + 10, position + 2 + length);
			}
			position += 2 + length;
		}
		return NORMAL;
	}

	private static boolean isExif(byte[] jpeg, int at) {
		return jpeg[at] == 'E' && jpeg[at + 1] == 'x' && jpeg[at + 2] == 'i' && jpeg[at + 3] == 'f';
	}

	private static int orientation(byte[] jpeg, int tiff, int end) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(jpeg, 0, end);
			buffer.order(jpeg[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int ifd = tiff + buffer.getInt(tiff + 4);
			int entries = Short.toUnsignedInt(buffer.getShort(ifd));
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + i * 12;
				if (Short.toUnsignedInt(buffer.getShort(entry)) == 0x0112) {
					int value = Short.toUnsignedInt(buffer.getShort(entry + 8));
					return value >= 1 && value <= 8 ? value : NORMAL;
				}
			}
		}
		catch (IndexOutOfBoundsException malformed) {
			// a broken EXIF block: keep the pixels as they are
		}
		return NORMAL;
	}

}
