package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/**
 * Small helpers over the JDK's HTTP server exchange.
 */
final class Http {

	private Http() {
	}

	static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The request's path and query exactly as sent (percent-encoded), which the signature covers. */
	static String target(HttpExchange exchange) {
		String query = exchange.getRequestURI().getRawQuery();
		return exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
	}

	static String query(HttpExchange exchange, String name) {
		String query = exchange.getRequestURI().getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	static void json(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
	}

}
