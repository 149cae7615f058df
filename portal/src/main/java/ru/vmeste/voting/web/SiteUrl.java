package ru.vmeste.voting.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links in receipt mails point: {@code vmeste.public-url} when set (required in
 * production), else the address the resident used.
 */
@Component("votingSiteUrl")
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
