package ru.vmeste.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells whether a signed-in person's upload is over the multipart limits or unreadable, which
 * {@link OversizedUploadFilter} lets through without its body only to end in a 413 (or 400)
 * before any controller runs. Such a request changes nothing, so the CSRF check may let it
 * pass: its token, in the unreadable body, can no more be checked, and the person should hear
 * "too large" rather than "access denied" (forms need no token in their address for it).
 */
public final class OversizedUploads {

	static final String TOO_LARGE = OversizedUploads.class.getName() + ".TOO_LARGE";

	static final String UNREADABLE = OversizedUploads.class.getName() + ".UNREADABLE";

	private OversizedUploads() {
	}

	/**
	 * Whether the request's upload is refused: too large (413) or not parseable at all (400,
	 * {@code UploadCheckFilter}). Parses the body first when nothing has read it yet (uploads are
	 * parsed on first read, see {@link OversizedUploadFilter}).
	 */
	public static boolean refused(HttpServletRequest request) {
		if (request.getAttribute(TOO_LARGE) == null && request.getAttribute(UNREADABLE) == null
				&& isMultipart(request)) {
			request.getParameterNames();
		}
		return request.getAttribute(TOO_LARGE) != null || request.getAttribute(UNREADABLE) != null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
