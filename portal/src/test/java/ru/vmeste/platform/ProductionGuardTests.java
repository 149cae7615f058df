package ru.vmeste.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionGuardTests {

	@Test
	void refusesDemoDataTheEmbeddedDatabaseAndDemoSecrets() {
		StandardEnvironment environment = environment(Map.of("vmeste.demo-data", "true", "vmeste.edms.secret",
				ProductionGuard.DEMO_SECRET_PREFIX + "edms"));
		assertThat(ProductionGuard.problems(environment)).containsExactlyInAnyOrder("vmeste.demo-data must be false",
				"spring.datasource.url must point at a real PostgreSQL server",
				"vmeste.public-url must be set to the portal's public address (links in e-mails)",
				"vmeste.edms.secret still holds its demo value");
	}

	@Test
	void acceptsAProperProductionConfiguration() {
		StandardEnvironment environment = environment(Map.of("vmeste.demo-data", "false", "spring.datasource.url",
				"jdbc:postgresql://db/vmeste", "vmeste.public-url", "https://vmeste.perm.ru", "vmeste.edms.secret",
				"a-real-secret"));
		assertThat(ProductionGuard.problems(environment)).isEmpty();
	}

	@Test
	void refusesAPublicUrlThatIsNotAnAddress() {
		StandardEnvironment environment = environment(Map.of("vmeste.demo-data", "false", "spring.datasource.url",
				"jdbc:postgresql://db/vmeste", "vmeste.public-url", "vmeste.perm.ru"));
		assertThat(ProductionGuard.problems(environment)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("vmeste.public-url must be an http(s) address");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
