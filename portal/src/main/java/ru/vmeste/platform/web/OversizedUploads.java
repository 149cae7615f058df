package ru.vmeste.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells whether a request is an upload over the multipart limits, which
 * {@link OversizedUploadFilter} lets through without its body only to end in a 413 before
 * any controller runs. Such a request changes nothing, so the CSRF check may let it pass:
 * its token, in the unreadable body, can no more be checked, and the visitor should hear
 * "too large" rather than "access denied" (forms need no token in their address for it).
 */
public final class OversizedUploads {

	static final String TOO_LARGE = OversizedUploads.class.getName() + ".TOO_LARGE";

	private OversizedUploads() {
	}

	/** Whether the request's upload was refused as too large. */
	public static boolean refused(HttpServletRequest request) {
		return request.getAttribute(TOO_LARGE) != null;
	}

}
