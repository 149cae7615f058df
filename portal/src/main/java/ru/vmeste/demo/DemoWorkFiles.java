package ru.vmeste.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ru.vmeste.works.PhotoStage;

/**
 * Files for the demo drawn in code, so nothing is downloaded: one-page PDF documents and
 * pictures of a road before, during and after repair.
 */
final class DemoWorkFiles {

	private DemoWorkFiles() {
	}

	/** A valid one-page PDF showing the lines (Latin letters; the standard fonts have no Cyrillic). */
	static byte[] pdf(List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td");
		for (String line : lines) {
			text.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj 0 -22 Td");
		}
		text.append(" ET");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A road seen from above: broken asphalt before, a machine during, fresh asphalt with markings after. */
	static byte[] photo(PhotoStage stage) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(120, 160, 90));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(stage == PhotoStage.AFTER ? new Color(50, 50, 55) : new Color(105, 100, 95));
		graphics.fillRect(0, 140, 640, 200);
		switch (stage) {
			case BEFORE -> {
				graphics.setColor(new Color(70, 65, 60));
				for (int x = 40; x < 640; x += 130) {
					graphics.fillOval(x, 170 + x % 90, 70, 40);
				}
			}
			case DURING -> {
				graphics.setColor(new Color(240, 170, 20));
				graphics.fillRect(260, 190, 160, 90);
				graphics.setColor(Color.DARK_GRAY);
				graphics.fillOval(270, 265, 40, 40);
				graphics.fillOval(370, 265, 40, 40);
			}
			case AFTER -> {
				graphics.setColor(Color.WHITE);
				graphics.setStroke(new BasicStroke(6));
				for (int x = 0; x < 640; x += 80) {
					graphics.drawLine(x, 240, x + 45, 240);
				}
			}
		}
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

}
