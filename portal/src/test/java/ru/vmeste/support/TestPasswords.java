package ru.vmeste.support;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The password encoder of every test context: the portal's Argon2id, at a cost of 1 MiB and one
 * pass instead of production's 16 MiB and two, so the suite's hundreds of sign-ins and
 * registrations (one hash each, a quarter of a second at production cost on a loaded core) take
 * milliseconds. It is the primary {@link PasswordEncoder} bean; the portal's own bean stays in the
 * context ({@code PasswordHashingTests} checks its parameters), and hashes it made still match,
 * since Argon2 reads the cost from the hash. Portals the drills start are not test contexts and
 * hash at production cost.
 */
public final class TestPasswords implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
		return new Registration();
	}

	/** The cheap encoder, in the format of the portal's ({@code {argon2}} prefix, bcrypt still read). */
	public static PasswordEncoder encoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 1 << 10, 1),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	/** Registers the encoder as the primary one; equal for all contexts, so they stay cached. */
	private record Registration() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			RootBeanDefinition encoder = new RootBeanDefinition(PasswordEncoder.class, TestPasswords::encoder);
			encoder.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testPasswordEncoder", encoder);
		}

	}

}
