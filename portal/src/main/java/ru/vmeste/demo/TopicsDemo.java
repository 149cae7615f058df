package ru.vmeste.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.vmeste.reports.TopicAdministration;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.LocalizedText;

/**
 * The demo topic catalog: eight groups and their topics, from {@code demo/reports/topics.csv};
 * the pothole topic asks for the size of the pothole.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class TopicsDemo implements Seeder {

	private final Topics topics;

	private final TopicAdministration catalog;

	TopicsDemo(Topics topics, TopicAdministration catalog) {
		this.topics = topics;
		this.catalog = catalog;
	}

	@Override
	public void seed() {
		if (topics.byCode("pothole").isPresent()) {
			return;
		}
		Map<String, TopicId> groups = new HashMap<>();
		for (String[] row : rows()) {
			String group = row[0];
			String code = row[1];
			LocalizedText name = new LocalizedText(row[2], row[3]);
			if (code.isEmpty()) {
				groups.put(group, catalog.create(group, null, name));
			}
			else {
				catalog.create(code, groups.get(group), name);
			}
		}
		topics.byCode("pothole")
			.ifPresent(pothole -> catalog.addQuestion(pothole.id(),
					new LocalizedText("Примерный размер ямы, см", "Approximate size of the pothole, cm"), true, false));
	}

	private static List<String[]> rows() {
		try {
			return new ClassPathResource("demo/reports/topics.csv").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split(";", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
