package ru.vmeste.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * The organization's latest public answer to an appeal, for its pages: a port
 * {@code reports.workspace} fills.
 */
public interface AnswerFacts {

	Optional<LatestAnswer> latest(AppealId appeal);

	/** An answer as the pages show it. */
	record LatestAnswer(UUID id, OrganizationId organization, String text, Instant at, List<File> files) {

		public LatestAnswer {
			files = List.copyOf(files);
		}

	}

	/**
	 * A file of an answer.
	 *
	 * @param image a photo, which has a thumbnail; otherwise a document
	 */
	record File(UUID id, String name, boolean image, String contentType) {
	}

}
