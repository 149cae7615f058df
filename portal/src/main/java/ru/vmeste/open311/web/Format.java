package ru.vmeste.open311.web;

import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * The two formats of every call, chosen by the path's suffix ({@code .xml}, {@code .json}).
 * XML is the spec's required format and the answer to anything else.
 */
enum Format {

	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)),
	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	static Format of(String suffix) {
		return "json".equals(suffix.toLowerCase(Locale.ROOT)) ? JSON : XML;
	}

	/** The format a request path asks for: JSON for {@code .json}, else XML. */
	static Format ofPath(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
	}

}
