package ru.vmeste.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.util.HtmlUtils;

/**
 * Answers the errors Tomcat raises itself, before any filter or controller runs — a NUL or an
 * encoded slash in the path, a request line or headers over the limits — in the portal's own
 * formats instead of Tomcat's page: an RFC 9457 problem (with {@code errors[]} for a 400) under
 * {@code /api} and when the path could not be read at all, the GeoReport error list under
 * {@code /open311}, Tomcat's plain page elsewhere.
 * Tomcat creates it by its class name as the host's error report valve
 * ({@link PlatformWebConfiguration}), so its texts come from the platform's message bundle
 * directly.
 */
public class ServerErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int LONGEST_INSTANCE = 256;

	public ServerErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		String path = path(request);
		// a request line over the limit leaves the path unread: most likely an API call with a huge query
		boolean api = path.startsWith("/api/") || path.isEmpty();
		boolean open311 = path.startsWith("/open311/");
		if (!api && !open311) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		ResourceBundle messages = messages(request);
		String detail = text(messages, "problem.server-refused", "The request could not be read.");
		try {
			response.setCharacterEncoding("UTF-8");
			String body;
			if (api) {
				response.setContentType("application/problem+json");
				body = problem(messages, status, detail, path);
			}
			else if (path.endsWith(".xml")) {
				response.setContentType("text/xml");
				body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + status + "</code><description>"
						+ HtmlUtils.htmlEscape(detail, "UTF-8") + "</description></error></errors>";
			}
			else {
				response.setContentType("application/json");
				body = JSON.writeValueAsString(
						Collections.singletonList(JSON.createObjectNode().put("code", status).put("description", detail)));
			}
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot be written: nothing more to say
		}
	}

	private static String problem(ResourceBundle messages, int status, String detail, String path) {
		ObjectNode problem = JSON.createObjectNode()
			.put("title", text(messages, "problem.title." + status, text(messages, "problem.title.400", "Bad request")))
			.put("status", status)
			.put("detail", detail)
			.put("instance", path.length() > LONGEST_INSTANCE ? path.substring(0, LONGEST_INSTANCE) : path);
		if (status == 400) {
			problem.putArray("errors").addObject().putNull("field").put("message", detail);
		}
		return JSON.writeValueAsString(problem);
	}

	/** The request's path without its query, as far as Tomcat could read it. */
	private static String path(Request request) {
		String uri = request.getCoyoteRequest().requestURI().toString();
		return uri == null ? "" : uri;
	}

	/** The portal's languages: Russian, the region's, unless the client asks for English first. */
	private static ResourceBundle messages(Request request) {
		Locale locale = Locale.forLanguageTag("ru");
		try {
			if (request.getHeader("Accept-Language") != null) {
				for (Locale preferred : Collections.list(request.getLocales())) {
					if (preferred.getLanguage().equals("en")) {
						locale = Locale.ROOT;
						break;
					}
					if (preferred.getLanguage().equals("ru")) {
						break;
					}
				}
			}
		}
		catch (RuntimeException unreadableHeaders) {
			// headers over the limit: the region's language
		}
		return ResourceBundle.getBundle("i18n/platform", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static String text(ResourceBundle messages, String key, String fallback) {
		try {
			return messages.getString(key);
		}
		catch (MissingResourceException ex) {
			return fallback;
		}
	}

}
