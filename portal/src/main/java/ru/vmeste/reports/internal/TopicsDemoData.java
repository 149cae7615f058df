package ru.vmeste.reports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;

/**
 * The demo topic catalog: eight groups and their topics, from {@code demo/reports/topics.csv}.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class TopicsDemoData implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(TopicsDemoData.class);

	private final TopicStore topics;

	TopicsDemoData(TopicStore topics) {
		this.topics = topics;
	}

	@Override
	public int getOrder() {
		return 500;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (topics.byCode("pothole", null).isPresent()) {
			return;
		}
		Map<String, TopicId> groups = new HashMap<>();
		int order = 0;
		for (String[] row : rows()) {
			String group = row[0];
			String code = row[1];
			LocalizedText name = new LocalizedText(row[2], row[3]);
			if (code.isEmpty()) {
				groups.put(group, topics.insert(group, null, name, order++));
			}
			else {
				topics.insert(code, groups.get(group), name, order++);
			}
		}
		topics.byCode("pothole", null)
			.ifPresent(pothole -> topics.addQuestion(pothole.id(),
					new LocalizedText("Примерный размер ямы, см", "Approximate size of the pothole, cm"), true, false));
		log.info("Demo topics created");
	}

	private static List<String[]> rows() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/reports/topics.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
