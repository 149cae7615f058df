package ru.vmeste.reports.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.DomainException;

/**
 * Takes appeals from other systems through {@link Submissions}, after the text checks the
 * report form makes at its edge (the form validates its request record; here the text comes
 * from another system's request).
 */
@Service
class AppealIntakeService implements AppealIntake {

	/** What the form's {@code PlainText} refuses: tags, scripts, {@code javascript:} links, entities. */
	private static final Pattern MARKUP = Pattern
		.compile("(?is)<\\s*/?\\s*[a-z!][^>]*>|javascript\\s*:|\\bon[a-z]+\\s*=|&#?[a-z0-9]+;");

	private static final int MAX_ADDRESS = 300;

	private final Submissions submissions;

	private final TopicsService topics;

	private final PhotoStore photos;

	AppealIntakeService(Submissions submissions, TopicsService topics, PhotoStore photos) {
		this.submissions = submissions;
		this.topics = topics;
		this.photos = photos;
	}

	@Override
	public List<Question> questions(TopicId topic) {
		return topics.questions(topic)
			.stream()
			.map(question -> new Question(question.key(), question.label(), question.numeric(), question.required()))
			.toList();
	}

	@Override
	public AppealId submit(UserId author, NewAppeal appeal) {
		checkText(appeal.text(), appeal.address());
		return submissions.submit(author, new Submissions.Submission(appeal.topic(), appeal.point(), appeal.address(),
				appeal.text().strip(), appeal.answers()), List.of()).id();
	}

	@Override
	public void checkText(String original, @Nullable String address) {
		String text = original.strip();
		if (text.isEmpty()) {
			throw DomainException.invalid("reports.text.required");
		}
		if (text.length() > MAX_TEXT) {
			throw DomainException.invalid("reports.intake.text.too-long", MAX_TEXT);
		}
		if (MARKUP.matcher(text).find() || address != null && MARKUP.matcher(address).find()) {
			throw DomainException.invalid("reports.text.markup");
		}
		if (address != null && address.length() > MAX_ADDRESS) {
			throw DomainException.invalid("reports.intake.address.too-long", MAX_ADDRESS);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> photoPaths(AppealId appeal) {
		return photos.of(appeal)
			.stream()
			.map(photo -> "/api/v1/appeals/" + appeal.value() + "/photos/" + photo.id())
			.toList();
	}

}
