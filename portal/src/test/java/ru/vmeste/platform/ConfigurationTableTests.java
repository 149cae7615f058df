package ru.vmeste.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code vmeste.*} setting the portal binds is described twice for its operators: in the
 * configuration metadata the annotation processor writes from the settings records, with a
 * description, and in the README's configuration table.
 */
class ConfigurationTableTests {

	private static final Pattern KEY = Pattern.compile("`(\\.?[a-z][a-z0-9.-]*)`");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyBoundKeyIsInTheReadmeTable() throws IOException {
		assertThat(readmeKeys()).containsAll(metadataKeys());
	}

	@Test
	void everyBoundKeyIsDescribed() throws IOException {
		for (JsonNode property : metadata()) {
			assertThat(property.path("description").asString("")).as(property.get("name").asString()).isNotBlank()
				.doesNotContain("{@");
		}
	}

	@Test
	void theMetadataCoversEveryModulesSettings() throws IOException {
		assertThat(metadataKeys()).contains("vmeste.public-url", "vmeste.region", "vmeste.objects.types-refresh",
				"vmeste.moderation.auto-publish", "vmeste.mail.from", "vmeste.downloads.max-wait",
				"vmeste.works.low-rating.below", "vmeste.map.tile-url", "vmeste.demo-data");
	}

	private Set<String> metadataKeys() throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		for (JsonNode property : metadata()) {
			String name = property.get("name").asString();
			if (name.startsWith("vmeste.")) {
				keys.add(name);
			}
		}
		return keys;
	}

	private List<JsonNode> metadata() throws IOException {
		List<JsonNode> properties = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
				"classpath*:META-INF/*spring-configuration-metadata.json")) {
			if (!resource.getURL().toString().contains("/target/classes/")) {
				continue; // Spring Boot's own jars
			}
			try (InputStream in = resource.getInputStream()) {
				json.readTree(in).path("properties").forEach(properties::add);
			}
		}
		assertThat(properties).as("the portal's metadata").isNotEmpty();
		return properties;
	}

	/** The keys of the README's configuration table; {@code .username} after a key means its sibling. */
	private static Set<String> readmeKeys() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		int start = readme.indexOf("| property | default | what it does |");
		assertThat(start).as("the README's configuration table").isNotNegative();
		Set<String> keys = new LinkedHashSet<>();
		for (String row : readme.substring(start).split("\n")) {
			if (!row.startsWith("|")) {
				break;
			}
			String property = row.split("\\|")[1];
			String last = "";
			Matcher key = KEY.matcher(property);
			while (key.find()) {
				String name = key.group(1);
				if (name.startsWith(".")) {
					name = last.substring(0, last.lastIndexOf('.')) + name;
				}
				keys.add(name);
				last = name;
			}
		}
		return keys;
	}

}
