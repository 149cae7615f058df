package ru.vmeste.reports;

import java.util.List;
import java.util.Optional;

/**
 * The catalog of topics.
 */
public interface Topics {

	/** Every topic and group in display order, retired ones included. */
	List<Topic> all();

	Optional<Topic> find(TopicId id);

	Optional<Topic> byCode(String code);

}
