package ru.vmeste.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A module's request that carries no CSRF token because a mail client, not a page of the
 * portal, sends it (RFC 8058's one-click unsubscribe POST). Such a request must change only what
 * a secret in its own address allows, and nothing else.
 */
@FunctionalInterface
public interface CsrfExemption {

	boolean exempts(HttpServletRequest request);

}
