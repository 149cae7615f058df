package ru.vmeste.works.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.internal.WorkRatingStore;

/**
 * Who sees a rating: everyone once published; before, or when declined, its author and moderators only.
 */
final class RatingAccess {

	private RatingAccess() {
	}

	static WorkRatingStore.Rating visible(WorkRatingStore ratings, WorkId work, UUID id, @Nullable PortalUser viewer) {
		return ratings.find(id)
			.filter(rating -> rating.work().equals(work))
			.filter(rating -> rating.status() == WorkRatingStore.Status.PUBLISHED || viewer != null
					&& (viewer.id().equals(rating.author()) || viewer.hasRole(Role.MODERATOR)))
			.orElseThrow(() -> DomainException.notFound("works.rating.not-found"));
	}

}
