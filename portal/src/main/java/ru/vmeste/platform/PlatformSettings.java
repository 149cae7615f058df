package ru.vmeste.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the platform every module stands on. Their keys sit directly under {@code vmeste}
 * because they were published that way (README, "Configuration").
 *
 * @param publicUrl the portal's public address, e.g. https://vmeste.perm.ru, used in
 * links in e-mails; required in production, where a forged Host header must not choose
 * where a password-reset link points
 * @param timeZone the region's time zone: deadlines, dates and "today" are reckoned in it
 * @param files where uploaded files are kept
 * @param rateLimit how many writes one caller may make
 * @param api limits of the JSON API
 */
@ConfigurationProperties("vmeste")
public record PlatformSettings(@Nullable String publicUrl, @DefaultValue("Europe/Moscow") ZoneId timeZone,
		@DefaultValue Files files, @DefaultValue RateLimit rateLimit, @DefaultValue Api api) {

	public PlatformSettings {
		if (publicUrl != null && publicUrl.isBlank()) {
			publicUrl = null;
		}
		if (publicUrl != null) {
			publicUrl = checked(publicUrl.strip());
		}
	}

	/**
	 * Where uploaded files are kept.
	 *
	 * @param dir the directory of the file store (a local or mounted network directory)
	 */
	public record Files(@DefaultValue("./data/files") Path dir) {
	}

	/**
	 * Limits on writes.
	 *
	 * @param writesPerMinute writes (POST, PUT, PATCH, DELETE) per account, or per address when
	 * anonymous, per minute before the portal answers 429; 0 switches the limit off
	 */
	public record RateLimit(@DefaultValue("120") int writesPerMinute) {
	}

	/**
	 * Limits of the JSON API.
	 *
	 * @param maxJsonBody the largest JSON request body accepted (uploads are multipart and have
	 * their own limits)
	 */
	public record Api(@DefaultValue("256KB") DataSize maxJsonBody) {
	}

	/** An absolute http(s) address without a trailing slash, or a refusal to start. */
	private static String checked(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("vmeste.public-url is not an address: " + url, ex);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("vmeste.public-url must be an http(s) address like https://vmeste.example, not "
					+ url);
		}
		return url.replaceAll("/+$", "");
	}

}
