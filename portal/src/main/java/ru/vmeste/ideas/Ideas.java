package ru.vmeste.ideas;

import java.util.Optional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The ideas module's API for other modules.
 */
public interface Ideas {

	Optional<Idea> find(IdeaId id);

	/** Who hears about the idea's changes: its author and residents who follow it. */
	Paged<UserId> followers(IdeaId idea, PageQuery page);

	/** Residents who support the idea now. */
	Paged<UserId> supporters(IdeaId idea, PageQuery page);

	boolean isSupporter(IdeaId idea, UserId user);

	/** Campaigns, running ones first, newest first. */
	Paged<Campaign> campaigns(PageQuery page);

}
