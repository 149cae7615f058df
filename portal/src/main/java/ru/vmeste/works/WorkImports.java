package ru.vmeste.works;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;

/**
 * Brings in works with their past — from the customer's own records, or the demo — each step at
 * its own instant: created, moved through its statuses, its documents and photos, and the
 * residents' ratings already moderated elsewhere. Rules and events are those of works created
 * here (a status change is a {@link WorkStatusChanged}, low ratings flag the works).
 */
public interface WorkImports {

	/** Whether the customer has any works (an import run again skips what it brought). */
	boolean hasWorksOf(OrganizationId customer);

	WorkId importWork(ImportedWork work);

	/**
	 * Works and their past; the steps, documents, photos and ratings in the order they happened.
	 *
	 * @param geometry where the works are, as GeoJSON, unless the objects say it
	 * @param objects the registry's objects the works touch
	 * @param progress how far the works are, in percent (finished works are at 100)
	 */
	record ImportedWork(OrganizationId customer, String title, String description, WorkKind kind, Funding funding,
			@Nullable String contractor, LocalDate plannedStart, LocalDate plannedEnd, int progress,
			@Nullable String geometry, List<UUID> objects, Instant createdAt, List<StatusStep> steps,
			List<Document> documents, List<Photo> photos, List<Rating> ratings) {
	}

	/** A move to another status on a day (the actual start and end come from these), recorded at {@code at}. */
	record StatusStep(WorkStatus to, @Nullable String reason, LocalDate on, Instant at) {
	}

	/** A document (a PDF), uploaded at {@code at}. */
	record Document(DocumentKind kind, String title, String fileName, byte[] content, Instant at) {
	}

	/** A photo of a stage taken on a day, uploaded at {@code at}. */
	record Photo(PhotoStage stage, LocalDate takenOn, byte[] content, Instant at) {
	}

	/** A resident's published rating; the author is not known to this portal. */
	record Rating(int score, String comment, Instant at) {
	}

}
