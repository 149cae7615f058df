package ru.vmeste.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ru.vmeste.VmesteApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data directory: a resident registered before a restart
 * signs in after it. Its portal and database are its own, so it runs beside the tests of the
 * shared context.
 */
@Execution(ExecutionMode.CONCURRENT)
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aResidentRegisteredBeforeARestartSignsInAfterIt() {
		String registration = "{\"email\":\"restart@example.org\",\"password\":\"survives-restarts\",\"name\":\"Restart\"}";
		try (ConfigurableApplicationContext portal = start()) {
			assertThat(client(portal).post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
				.body(registration).retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		try (ConfigurableApplicationContext portal = start()) {
			String token = client(portal).post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.body("{\"email\":\"restart@example.org\",\"password\":\"survives-restarts\"}").retrieve().body(String.class);
			assertThat(token).contains("\"token\"");
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(VmesteApplication.class, "--vmeste.db.embedded.data-dir=" + dataDir,
				"--vmeste.db.embedded.clean=false", "--server.port=0", "--vmeste.demo-data=false");
	}

	private static RestClient client(ConfigurableApplicationContext portal) {
		return RestClient.create("http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port"));
	}

}
