package ru.vmeste.platform.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.support.S3MockServer;

/**
 * An S3-compatible store (Adobe's S3Mock, started by the test) keeps the file backend's
 * promises through the AWS SDK; the bucket is created when missing.
 */
class S3FileStoreIT extends FileBackendContract {

	@TempDir
	static Path serverDirectory;

	static S3MockServer server;

	static S3FileStore store;

	@BeforeAll
	static void startServer() throws Exception {
		Path root = Files.createDirectories(serverDirectory.resolve("store"));
		server = S3MockServer.start(root);
		store = new S3FileStore(new PlatformSettings.S3(server.endpoint(), "vmeste-test", "test-access", "test-secret",
				"us-east-1"));
	}

	@AfterAll
	static void stopServer() {
		if (store != null) {
			store.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Override
	FileBackend backend() {
		return store;
	}

}
