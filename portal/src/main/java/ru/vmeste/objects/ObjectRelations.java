package ru.vmeste.objects;

import java.util.Locale;

/**
 * Implemented by modules that have things tied to city objects (appeals at an object, works on
 * it, votes about it); each contributes one section to the object's page. Implementations read
 * their own data, so the objects module never reads theirs.
 */
public interface ObjectRelations {

	/** The section for this object, with at most {@code limit} of the newest items. */
	RelatedSection relatedTo(ObjectId object, int limit, Locale locale);

}
