package ru.vmeste.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What an action may add to its audit entry beyond its URL (e.g. the roles an administrator
 * gave). Never put secrets or residents' personal data here.
 */
public final class AuditDetail {

	/** The request attribute the audit trail reads. */
	public static final String ATTRIBUTE = AuditDetail.class.getName();

	private AuditDetail() {
	}

	public static void add(HttpServletRequest request, String detail) {
		request.setAttribute(ATTRIBUTE, detail.length() > 500 ? detail.substring(0, 500) : detail);
	}

}
