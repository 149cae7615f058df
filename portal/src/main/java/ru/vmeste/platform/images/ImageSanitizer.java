package ru.vmeste.platform.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;

/**
 * Turns an uploaded photo into a clean one: only JPEG, PNG and WebP are accepted (by their
 * content, not their name), oversized images are refused before decoding, the picture is
 * turned upright, scaled to at most {@value #MAX_SIDE} px and re-encoded from its pixels, so
 * EXIF, GPS and every other metadata block is gone. A thumbnail comes with it.
 * <p>
 * Memory is bounded whatever the file claims: a large picture is decoded with subsampling,
 * straight to between one and two times the size it is stored at (a 100 KB PNG of 50 megapixels costs a few MB, not
 * the 150–200 MB of its full pixels), and at most {@value #CONCURRENT_DECODES} images are decoded
 * at once; the others wait their turn, up to {@code 30 s}.
 */
@Component
public class ImageSanitizer {

	static final int MAX_SIDE = 2048;

	static final int THUMBNAIL_SIDE = 320;

	private static final long MAX_PIXELS = 50_000_000L;

	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	static final int CONCURRENT_DECODES = 2;

	private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES, true);

	public CleanImage sanitize(byte[] upload) {
		try {
			if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
				throw new DomainException(DomainException.Kind.UNAVAILABLE, "image.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "image.busy");
		}
		try {
			return clean(upload);
		}
		finally {
			decoding.release();
		}
	}

	private CleanImage clean(byte[] upload) {
		String format;
		BufferedImage image;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			ImageReader reader = reader(input);
			try {
				format = reader.getFormatName().toLowerCase(Locale.ROOT);
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw DomainException.invalid("image.too-many-pixels");
				}
				ImageReadParam every = reader.getDefaultReadParam();
				// every step-th pixel: still at least MAX_SIDE on the long side, less than twice it
				int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
				if (step > 1) {
					every.setSourceSubsampling(step, step, 0, 0);
				}
				image = reader.read(0, every);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("image.unreadable");
		}
		if ("jpeg".equals(format)) {
			image = upright(image, ExifOrientation.of(upload));
		}
		BufferedImage photo = scaled(image, MAX_SIDE);
		boolean transparent = photo.getColorModel().hasAlpha();
		byte[] bytes = transparent ? png(photo) : jpeg(photo, 0.85f);
		return new CleanImage(bytes, transparent ? "image/png" : "image/jpeg", photo.getWidth(), photo.getHeight(),
				jpeg(scaled(image, THUMBNAIL_SIDE), 0.8f));
	}

	private static ImageReader reader(ImageInputStream input) {
		if (input == null) {
			throw DomainException.invalid("image.unreadable");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			try {
				if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					return reader;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			reader.dispose();
		}
		throw DomainException.invalid("image.unsupported");
	}

	/** Applies EXIF orientations 2–8 (mirrored and rotated variants) to the pixels. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= ExifOrientation.NORMAL || orientation > 8) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		boolean swap = orientation >= 5;
		// x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12 for each orientation
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			default -> new AffineTransform(0, -1, 1, 0, 0, width);
		};
		BufferedImage turned = new BufferedImage(swap ? height : width, swap ? width : height, rgbType(image));
		Graphics2D graphics = turned.createGraphics();
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return turned;
	}

	private static BufferedImage scaled(BufferedImage image, int maxSide) {
		double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage result = new BufferedImage(width, height, rgbType(image));
		Graphics2D graphics = result.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return result;
	}

	private static int rgbType(BufferedImage image) {
		return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
	}

	private static byte[] jpeg(BufferedImage image, float quality) {
		BufferedImage rgb = image;
		if (image.getColorModel().hasAlpha()) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = rgb.createGraphics();
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
			graphics.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam parameters = writer.getDefaultWriteParam();
		parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		parameters.setCompressionQuality(quality);
		return write(writer, new IIOImage(rgb, null, null), parameters);
	}

	private static byte[] png(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		return write(writer, new IIOImage(image, null, null), writer.getDefaultWriteParam());
	}

	private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam parameters) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, image, parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
