package ru.vmeste.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestPasswords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal stores passwords as Argon2id at Spring Security's recommended cost (16 MiB, two
 * passes). The tests' contexts hash at a lower cost ({@link TestPasswords}), so this pins the
 * portal's own encoder, and that the tests' encoder still reads the hashes it makes.
 */
@PortalTest
class PasswordHashingTests {

	@Autowired
	ApplicationContext context;

	@Test
	void passwordsAreStoredAsArgon2idAtSixteenMebibytesAndTwoPasses() {
		PasswordEncoder portal = context.getBean("passwordEncoder", PasswordEncoder.class);
		String hash = portal.encode("a-long-password");
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(portal.matches("a-long-password", hash)).isTrue();
		assertThat(portal.matches("another-password", hash)).isFalse();
		assertThat(TestPasswords.encoder().matches("a-long-password", hash)).as("the tests' encoder reads it").isTrue();
	}

}
