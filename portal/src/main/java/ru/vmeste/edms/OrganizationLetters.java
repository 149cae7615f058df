package ru.vmeste.edms;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * Letters to organizations on the e-mail channel: the appeal, and a link anyone reading the
 * organization's mail may use to answer it, until it expires or the appeal is answered.
 */
public interface OrganizationLetters {

	Optional<Letter> find(UUID letter);

	/** A letter about an appeal; {@code replyUrl} is the page to answer it on. */
	record Letter(UUID id, AppealId appeal, long number, OrganizationId organization, String replyUrl,
			Instant expiresAt) {
	}

}
