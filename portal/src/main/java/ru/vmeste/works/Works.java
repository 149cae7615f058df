package ru.vmeste.works;

import java.util.Optional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The works module's API for other modules.
 */
public interface Works {

	Optional<Work> find(WorkId id);

	/** Residents who asked to hear about the works' status changes. */
	Paged<UserId> subscribers(WorkId work, PageQuery page);

}
