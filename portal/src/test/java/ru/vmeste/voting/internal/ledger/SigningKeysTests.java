package ru.vmeste.voting.internal.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import ru.vmeste.VmesteApplication;
import ru.vmeste.support.Settings;
import ru.vmeste.voting.VotingSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A configured signing key (PKCS#8 and X.509, PEM or base64) signs heads that verify with its
 * public key; a key pair that does not belong together is refused; and production refuses a
 * key still set to a published demo value.
 */
class SigningKeysTests {

	@Test
	void signsWithAConfiguredKeyPairInPem() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		SigningKeys keys = configured(pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
				pem("PUBLIC KEY", pair.getPublic().getEncoded()));
		byte[] message = "tree head".getBytes();
		assertThat(keys.publicKey()).isEqualTo(pair.getPublic().getEncoded());
		assertThat(SigningKeys.verify(pair.getPublic().getEncoded(), message, keys.sign(message))).isTrue();
		assertThat(SigningKeys.verify(pair.getPublic().getEncoded(), "another head".getBytes(), keys.sign(message))).isFalse();
	}

	@Test
	void refusesAPublicKeyThatIsNotThePrivateKeysOwn() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
		assertThatThrownBy(() -> configured(
				Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded()),
				Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not belong to vmeste.voting.signing-key");
	}

	@Test
	void productionRefusesADemoSigningKey() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(VmesteApplication.class).profiles("prod")
			.properties("vmeste.voting.signing-key=demo-secret-voting-key", "vmeste.demo-data=false",
					"spring.datasource.url=jdbc:postgresql://db.example/vmeste", "vmeste.public-url=https://vmeste.example")
			.run()).hasMessageContaining("vmeste.voting.signing-key still holds its demo value");
	}

	@Test
	void readsTheKeysFromFiles(@TempDir Path directory) throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Path privateKey = Files.writeString(directory.resolve("signing-key.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
		Path publicKey = Files.writeString(directory.resolve("public-key.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
		SigningKeys keys = new SigningKeys(mock(JdbcClient.class), Clock.systemUTC(), mock(PlatformTransactionManager.class),
				Settings.of(VotingSettings.class, "vmeste.voting.signing-key-file", privateKey.toString(),
						"vmeste.voting.public-key-file", publicKey.toString(), "vmeste.voting.key-from-database", "false"));
		assertThat(keys.publicKey()).isEqualTo(pair.getPublic().getEncoded());
	}

	@Test
	void refusesToStartWithoutAnExternalKeyWhenTheDatabaseMayNotHoldOne() {
		JdbcClient database = mock(JdbcClient.class);
		assertThatThrownBy(() -> new SigningKeys(database, Clock.systemUTC(), mock(PlatformTransactionManager.class),
				Settings.of(VotingSettings.class, "vmeste.voting.key-from-database", "false")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No ledger signing key");
		verifyNoInteractions(database);
	}

	@Test
	void theProductionProfileForbidsAKeyKeptInTheDatabase() throws Exception {
		try (var yaml = getClass().getResourceAsStream("/application-prod.yml")) {
			var properties = new org.springframework.boot.env.YamlPropertySourceLoader()
				.load("prod", new org.springframework.core.io.InputStreamResource(yaml));
			assertThat(properties).anySatisfy(source -> assertThat(source.getProperty("vmeste.voting.key-from-database"))
				.isEqualTo(false));
		}
	}

	private static SigningKeys configured(String privateKey, String publicKey) {
		return new SigningKeys(mock(JdbcClient.class), Clock.systemUTC(), mock(PlatformTransactionManager.class),
				Settings.of(VotingSettings.class, "vmeste.voting.signing-key", privateKey, "vmeste.voting.public-key",
						publicKey));
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
	}

}
