package ru.vmeste.voting.internal.ledger;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import ru.vmeste.VmesteApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

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
		SigningKeys keys = configured(Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded()),
				Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded()));
		assertThatThrownBy(keys::publicKey).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not belong to vmeste.voting.signing-key");
	}

	@Test
	void productionRefusesADemoSigningKey() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(VmesteApplication.class).profiles("prod")
			.properties("vmeste.voting.signing-key=demo-secret-voting-key", "vmeste.demo-data=false",
					"spring.datasource.url=jdbc:postgresql://db.example/vmeste", "vmeste.public-url=https://vmeste.example")
			.run()).hasMessageContaining("vmeste.voting.signing-key still holds its demo value");
	}

	private static SigningKeys configured(String privateKey, String publicKey) {
		return new SigningKeys(mock(JdbcClient.class), Clock.systemUTC(), mock(PlatformTransactionManager.class),
				privateKey, publicKey);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
	}

}
