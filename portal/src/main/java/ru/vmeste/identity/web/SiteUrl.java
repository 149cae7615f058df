package ru.vmeste.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links in e-mails point: {@code vmeste.public-url} when set (required in production,
 * so a forged Host header cannot redirect a password-reset link), else the address the
 * visitor used.
 */
@Component
class SiteUrl {

	private final String publicUrl;

	SiteUrl(@Value("${vmeste.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	String current() {
		return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: publicUrl;
	}

}
