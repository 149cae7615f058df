package ru.vmeste.shared.trail;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by the module that links appeals, ideas, votes and works (ideas), so the pages of
 * each (reports, voting, works) show the thread without knowing that module.
 */
@FunctionalInterface
public interface TrailSource {

	/**
	 * The threads the item belongs to: one for an appeal, an idea or works, one per option for a
	 * vote made of ideas; none when it stands alone.
	 */
	List<Trail> trailsOf(TrailStep.Type type, String id, Locale locale);

	/** The threads of the item from every source (there may be none: the page then shows no thread). */
	static List<Trail> all(List<TrailSource> sources, TrailStep.Type type, String id, Locale locale) {
		return sources.stream().flatMap(source -> source.trailsOf(type, id, locale).stream()).toList();
	}

}
