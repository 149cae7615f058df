package ru.vmeste.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

import ru.vmeste.moderation.internal.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall of the built-in vocabulary on a held-out list of obfuscated abuse
 * ({@code moderation/abuse-held-out.txt}) that was written before the vocabulary was tuned and
 * is never tuned on: at least 95 % of its items are caught. The precision side is
 * {@link ModerationVocabularyTests}: no hit in civic text or on the Scunthorpe traps.
 */
class ModerationRecallTests {

	private static final Logger log = LoggerFactory.getLogger(ModerationRecallTests.class);

	private final Vocabulary vocabulary = Vocabulary.standard();

	@Test
	void catchesAtLeast95PercentOfAbuseItWasNotTunedOn() throws IOException {
		List<String> items = items("moderation/abuse-held-out.txt");
		List<String> missed = items.stream().filter(item -> vocabulary.find(item).isEmpty()).toList();
		double recall = 1.0 - (double) missed.size() / items.size();
		log.info("Held-out recall: {} of {} = {} %; missed {}", items.size() - missed.size(), items.size(),
				String.format("%.1f", recall * 100), missed);
		assertThat(recall).as("recall; missed %s", missed).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void catchesEveryFormItWasExtendedFor() throws IOException {
		assertThat(items("moderation/abuse-tuning.txt")).allSatisfy(
				item -> assertThat(vocabulary.find(item)).as("\"%s\"", item).isNotEmpty());
	}

	static List<String> items(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

}
