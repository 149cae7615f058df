package ru.vmeste.objects.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.ObjectTypeId;

/**
 * An import of a file into the registry and how far it got.
 *
 * @param dryRun whether it only checks the file and saves nothing
 * @param skipBadRows whether good rows are saved although some are bad (else nothing is saved)
 * @param badRows how many rows have problems (the report keeps the first {@value ImportJobs#MAX_PROBLEMS})
 */
public record ImportJob(UUID id, ObjectTypeId type, String fileName, long fileSize, boolean dryRun,
		boolean skipBadRows, ImportStatus status, long bytesRead, int rowsRead, int badRows, int created, int updated,
		int unchanged, Instant createdAt, @Nullable Instant finishedAt) {

	/** How much of the file has been checked, 0 to 100. */
	public int percent() {
		return fileSize == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / fileSize);
	}

	public boolean isFinished() {
		return status.isFinal();
	}

}
