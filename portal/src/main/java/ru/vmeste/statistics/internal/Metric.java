package ru.vmeste.statistics.internal;

import java.util.Locale;

import ru.vmeste.shared.DomainException;

/**
 * What a series counts per interval ({@code GET /api/v1/statistics/series?metric=}).
 */
public enum Metric {

	/** Appeals submitted. */
	APPEALS(AppealCounter.SUBMITTED),
	/** Appeals published. */
	PUBLISHED(AppealCounter.PUBLISHED_FLOW),
	/** Answers given (an appeal reopened and answered again counts again). */
	ANSWERED(AppealCounter.ANSWERED_FLOW),
	/** Appeals closed with the author's confirmation that the problem is solved. */
	RESOLVED(AppealCounter.RESOLVED_FLOW),
	/** Appeals closed because nobody confirmed the answer within the confirmation period. */
	NOT_CONFIRMED(AppealCounter.NOT_CONFIRMED_FLOW);

	private final AppealCounter counter;

	Metric(AppealCounter counter) {
		this.counter = counter;
	}

	AppealCounter counter() {
		return counter;
	}

	/** The API's spelling, e.g. {@code notConfirmed}. */
	public String code() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder code = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return code.toString();
	}

	public static Metric of(String code) {
		for (Metric metric : values()) {
			if (metric.code().equals(code) || metric.name().equalsIgnoreCase(code)) {
				return metric;
			}
		}
		throw DomainException.invalid("statistics.series.metric");
	}

}
