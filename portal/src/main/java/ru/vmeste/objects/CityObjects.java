package ru.vmeste.objects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ru.vmeste.shared.GeoPoint;

/**
 * The objects module's API: object types, objects, and the object at a point.
 */
public interface CityObjects {

	List<ObjectType> types();

	Optional<ObjectType> type(ObjectTypeId id);

	Optional<ObjectType> typeByCode(String code);

	Optional<CityObject> find(ObjectId id);

	/**
	 * The object of one of the types whose geometry holds the point or, failing that, lies
	 * nearest to it within the radius: what an appeal at this point is about. An empty set of
	 * type codes means any type.
	 */
	Optional<NearbyObject> nearest(GeoPoint point, Set<String> typeCodes, double radiusMeters);

	/** Objects whose name or address matches the text, typos forgiven, best first (a place search offers them). */
	List<NamedObject> search(String text, int limit);

}
