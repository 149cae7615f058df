package ru.vmeste.open311.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes {@link Document}s as the spec's examples do: UTF-8 XML with a declaration, no namespace
 * and the examples' element names (a list's elements named after its wrapper: {@code <values><value>}),
 * or JSON with the same names. Characters XML 1.0 cannot carry are left out of the XML.
 */
@Component
class DocumentWriter {

	/** The element of each entry of a nested list, by the list's name. */
	private static final Map<String, String> ITEMS = Map.of("endpoints", "endpoint", "formats", "format", "attributes",
			"attribute", "values", "value");

	private final JsonMapper json;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	DocumentWriter(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<String> answer(HttpStatusCode status, Format format, Document document) {
		return ResponseEntity.status(status)
			.contentType(format.mediaType())
			.header("Access-Control-Allow-Origin", "*")
			.body(format == Format.JSON ? json.writeValueAsString(document.content()) : xml(document));
	}

	String xml(Document document) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter writer = xml.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeCharacters("\n");
			if (document.item() == null) {
				element(writer, document.root(), document.content());
			}
			else {
				writer.writeStartElement(document.root());
				for (Object record : (List<?>) document.content()) {
					element(writer, document.item(), record);
				}
				writer.writeEndElement();
			}
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
		if (value == null) {
			writer.writeEmptyElement(name);
			return;
		}
		writer.writeStartElement(name);
		switch (value) {
			case Map<?, ?> record -> {
				for (Map.Entry<?, ?> field : record.entrySet()) {
					element(writer, String.valueOf(field.getKey()), field.getValue());
				}
			}
			case List<?> list -> {
				String item = ITEMS.getOrDefault(name, "item");
				for (Object entry : list) {
					element(writer, item, entry);
				}
			}
			case Double number -> writer.writeCharacters(BigDecimal.valueOf(number).toPlainString());
			default -> writer.writeCharacters(xmlSafe(String.valueOf(value)));
		}
		writer.writeEndElement();
	}

	/** Drops what XML 1.0 forbids (control characters but tab and line breaks, lone surrogates). */
	static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			}
			else if (allowed) {
				safe.append(c);
			}
		}
		return safe.toString();
	}

}
