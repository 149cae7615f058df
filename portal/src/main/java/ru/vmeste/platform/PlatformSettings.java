package ru.vmeste.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the platform every module stands on. Their keys sit directly under vmeste
 * because they were published that way (README, "Configuration").
 *
 * @param publicUrl the portal's public address, e.g. https://vmeste.perm.ru, used in
 * links in e-mails; required in production, where a forged Host header must not choose
 * where a password-reset link points
 * @param timeZone the region's time zone: deadlines, dates and "today" are reckoned in it
 * @param files where uploaded files are kept
 * @param rateLimit how many writes one caller may make
 * @param api limits of the JSON API
 * @param events how event publications left unfinished are taken up again
 * @param downloads how many long downloads (open data, audit bundles) stream at once
 * @param pages how public pages are kept for anonymous visitors
 * @param journal how the journals of events are read by their consumers
 */
@ConfigurationProperties("vmeste")
public record PlatformSettings(@Nullable String publicUrl, @DefaultValue("Europe/Moscow") ZoneId timeZone,
		@DefaultValue Files files, @DefaultValue RateLimit rateLimit, @DefaultValue Api api,
		@DefaultValue Events events, @DefaultValue Downloads downloads, @DefaultValue Pages pages,
		@DefaultValue EventJournal journal) {

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
	 * @param dir the directory of the local file store (a local or mounted network directory)
	 * @param backend where files live: local (the directory, one instance or a shared
	 * mount), database (PostgreSQL, reachable from every instance) or s3 (an
	 * S3-compatible object store)
	 * @param s3 the S3-compatible store, for the s3 backend
	 * @param migrateFrom copy every file from this backend into the configured one, check it and
	 * exit (the file migration command, see docs/operations.md)
	 */
	public record Files(@DefaultValue("./data/files") Path dir, @DefaultValue("local") FileBackendKind backend,
			@DefaultValue S3 s3, @Nullable FileBackendKind migrateFrom) {
	}

	/** The kinds of file store the portal can keep files in. */
	public enum FileBackendKind {

		/** A directory (vmeste.files.dir). */
		LOCAL,
		/** PostgreSQL, in chunks beside the data. */
		DATABASE,
		/** An S3-compatible object store. */
		S3

	}

	/**
	 * An S3-compatible object store (AWS S3, Yandex Object Storage, MinIO, Ceph...).
	 *
	 * @param endpoint the store's address, e.g. https://storage.yandexcloud.net; empty for AWS
	 * itself (path-style addressing is used whenever an endpoint is set)
	 * @param bucket the bucket (created on start when missing)
	 * @param accessKey the access key; empty to use the SDK's default credentials (environment,
	 * instance profile)
	 * @param secretKey the secret key that goes with the access key
	 * @param region the store's region
	 */
	public record S3(@Nullable URI endpoint, @DefaultValue("vmeste-files") String bucket, @Nullable String accessKey,
			@Nullable String secretKey, @DefaultValue("us-east-1") String region) {
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

	/**
	 * Long downloads (open datasets, votes' audit bundles) share these slots per instance.
	 *
	 * @param concurrent downloads streamed at once by this instance (each holds a database
	 * connection while it streams)
	 * @param maxWait how long a download waits for a free slot before the portal answers 429
	 */
	public record Downloads(@DefaultValue("4") int concurrent, @DefaultValue("10s") Duration maxWait) {
	}

	/**
	 * How event publications left unfinished are taken up again.
	 *
	 * @param retryInterval how often publications whose listener failed are handed to it again
	 * @param instanceLease how long an instance counts as alive after its last heartbeat (it beats
	 * three times per lease); the unfinished publications of an instance silent for longer are
	 * resubmitted by the others, or by itself after a restart
	 */
	public record Events(@DefaultValue("1m") Duration retryInterval, @DefaultValue("15s") Duration instanceLease) {
	}

	/**
	 * Public pages as anonymous visitors see them, rendered once and served from memory
	 * ({@code PublicPages}).
	 *
	 * @param freshFor how long a kept page is served as it was rendered; the instance where a page's
	 * subject changes drops it at once; 0 renders every view
	 * @param memory how much rendered HTML an instance keeps at most (least used pages leave first)
	 * @param staleFor how much longer a page past fresh-for may still be served while one visitor's
	 * view renders it again (only a few such renderings run at once, so that a wave of pages
	 * expiring together cannot take the processors from the visitors); fresh-for plus stale-for is
	 * how late a page may be on another instance, or for a change no event announces (a deadline
	 * passing); 0 renders a page again at its first view past fresh-for
	 */
	public record Pages(@DefaultValue("10s") Duration freshFor, @DefaultValue("48MB") DataSize memory,
			@DefaultValue("10s") Duration staleFor) {

		public Pages {
			if (freshFor.isNegative() || staleFor.isNegative()) {
				throw new IllegalArgumentException("vmeste.pages.fresh-for and stale-for cannot be negative");
			}
		}

	}

	/**
	 * How the journals of events (platform.journal) are read: each consumer takes the events
	 * appended since its position, many in one transaction.
	 *
	 * @param batchWait how long a consumer waits after a change is committed before it reads, so
	 * that the changes of that moment are taken together
	 * @param batchSize the most events a consumer takes in one transaction
	 * @param poll how often a consumer looks for events appended on other instances, and for work
	 * a failure left
	 * @param maxAttempts how often a consumer tries an event that fails before it sets the event
	 * aside and goes on (parked, for an operator)
	 */
	public record EventJournal(@DefaultValue("50ms") Duration batchWait, @DefaultValue("500") int batchSize,
			@DefaultValue("2s") Duration poll, @DefaultValue("10") int maxAttempts) {
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
