package ru.vmeste.platform.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Atom feed (RFC 4287) of public things: a title, the page it follows, its newest entries.
 * Readers poll it, so it says when it last changed and may be cached for a minute.
 *
 * @param id the feed's permanent address (its own absolute URL)
 * @param title what it follows
 * @param page the public page it follows (absolute)
 * @param entries the newest first, at most a few dozen
 */
public record AtomFeed(String id, String title, String page, List<Entry> entries) {

	/** The media type of Atom documents. */
	public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	/**
	 * An entry: a permanent id (a tag URI or an address), a title, the page it links to, when it
	 * changed and a plain-text summary.
	 */
	public record Entry(String id, String title, String link, Instant updated, @Nullable String summary) {
	}

	/** The feed as an answer: the Atom document, dated by its newest entry. */
	public ResponseEntity<String> response(Instant empty) {
		Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(empty);
		return ResponseEntity.ok()
			.contentType(ATOM)
			.lastModified(updated)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(xml(updated));
	}

	String xml(Instant updated) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			text(xml, "id", id);
			text(xml, "title", title);
			text(xml, "updated", updated.toString());
			link(xml, "self", id, "application/atom+xml");
			link(xml, "alternate", page, "text/html");
			xml.writeStartElement(NAMESPACE, "author");
			text(xml, "name", "Вместе");
			xml.writeEndElement();
			for (Entry entry : entries) {
				xml.writeStartElement(NAMESPACE, "entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				text(xml, "updated", entry.updated().toString());
				link(xml, "alternate", entry.link(), "text/html");
				if (entry.summary() != null && !entry.summary().isBlank()) {
					text(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(TextInput.cleaned(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

}
