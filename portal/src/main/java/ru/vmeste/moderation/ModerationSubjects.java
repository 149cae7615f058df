package ru.vmeste.moderation;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.GeoPoint;

/**
 * What a module that asks for moderation tells the moderators' queue about its content: the
 * number residents and officials quote, and where it is. The queue shows the number next to each
 * item and puts the items with a place on a map. A module implements it as a bean for its kind.
 */
public interface ModerationSubjects {

	/** The kind of content described, as in {@link ModerationRequested#kind()}. */
	String kind();

	/** The subjects of the given ids this module knows; unknown ids are left out. */
	Map<String, Subject> describe(Collection<String> subjectIds);

	/**
	 * How the queue names and places a piece of content.
	 *
	 * @param reference what it is quoted as, e.g. {@code "№ 1024"}
	 * @param point where it is, or {@code null} when it has no place
	 */
	record Subject(String reference, @Nullable GeoPoint point) {
	}

}
