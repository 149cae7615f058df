package ru.vmeste.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import ru.vmeste.platform.PlatformSettings;

/**
 * Files in an S3-compatible object store, under their keys in one bucket. Reads stream from
 * the store; a write of unknown length is spooled to a temporary file first (S3 wants the
 * length up front), never to memory.
 */
class S3FileStore implements FileBackend, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	S3FileStore(PlatformSettings.S3 settings) {
		this.bucket = settings.bucket();
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint()).forcePathStyle(true);
		}
		this.s3 = builder.build();
		createBucketWhenMissing();
	}

	@Override
	public FileKey store(byte[] content) {
		FileKey key = FileKey.random();
		s3.putObject(put -> put.bucket(bucket).key(key.value()), RequestBody.fromBytes(content));
		return key;
	}

	@Override
	public void write(FileKey key, InputStream content) {
		try (content) {
			Path spool = Files.createTempFile("vmeste-s3-", ".upload");
			try {
				Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
				s3.putObject(put -> put.bucket(bucket).key(key.value()), RequestBody.fromFile(spool));
			}
			finally {
				Files.deleteIfExists(spool);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file in bucket " + bucket, ex);
		}
	}

	@Override
	public Optional<InputStream> open(FileKey key) {
		try {
			return Optional.of(s3.getObject(get -> get.bucket(bucket).key(key.value())));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(FileKey key) {
		s3.deleteObject(delete -> delete.bucket(bucket).key(key.value()));
	}

	@Override
	public void forEachKey(Consumer<FileKey> action) {
		s3.listObjectsV2Paginator(list -> list.bucket(bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.filter(FileKey::isKey)
			.map(FileKey::new)
			.forEach(action);
	}

	@Override
	public void close() {
		s3.close();
	}

	@Override
	public String toString() {
		return "S3 bucket " + bucket;
	}

	private void createBucketWhenMissing() {
		try {
			s3.headBucket(head -> head.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			s3.createBucket(create -> create.bucket(bucket));
		}
	}

	private static AwsCredentialsProvider credentials(PlatformSettings.S3 settings) {
		if (settings.accessKey() == null || settings.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider
			.create(AwsBasicCredentials.create(settings.accessKey(), String.valueOf(settings.secretKey())));
	}

}
