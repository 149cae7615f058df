package ru.vmeste.reports;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * Appeals that arrive from other systems (Open311 clients) on a resident's behalf: the questions
 * to ask for a topic, the submission itself (the report form's checks and life cycle: held until
 * the author's e-mail is confirmed, then moderated), and the photos to show back.
 */
public interface AppealIntake {

	/** Longest public text of an appeal, as on the report form. */
	int MAX_TEXT = 2000;

	/** The topic's extra questions in the form's order. */
	List<Question> questions(TopicId topic);

	/**
	 * Checks the text and address as the report form does (not empty, not too long, no markup),
	 * so that a caller can refuse a request before it acts on it; {@link #submit} checks them too.
	 */
	void checkText(String text, @Nullable String address);

	/**
	 * Submits an appeal for the author; refused with a {@code DomainException} as the form would
	 * refuse it (unknown or retired topic, a point outside every district, a missing required
	 * answer, an empty, too long or marked-up text).
	 */
	AppealId submit(UserId author, NewAppeal appeal);

	/** Where the appeal's photos are served (portal paths), in the order they were added. */
	List<String> photoPaths(AppealId appeal);

	/**
	 * An appeal as another system sends it.
	 *
	 * @param answers answers to the topic's questions by {@link Question#key()}
	 */
	record NewAppeal(TopicId topic, GeoPoint point, @Nullable String address, String text,
			Map<String, String> answers) {
	}

	/**
	 * One of a topic's extra questions.
	 *
	 * @param key what the answer is sent under
	 * @param numeric the answer is a number
	 */
	record Question(String key, LocalizedText label, boolean numeric, boolean required) {
	}

}
