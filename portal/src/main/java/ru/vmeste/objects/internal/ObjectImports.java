package ru.vmeste.objects.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Imports objects from CSV or GeoJSON in the background. First every row is checked and each
 * bad one reported with its line and reasons; a dry run stops there. Then, unless bad rows
 * stop it (when they are not to be skipped), the good rows are saved in one transaction:
 * streamed into a staging table and merged by external id, so importing the same file again
 * changes nothing.
 */
@Service
public class ObjectImports {

	private static final Logger log = LoggerFactory.getLogger(ObjectImports.class);

	private static final int PROGRESS_EVERY = 500;

	private final ImportJobs jobs;

	private final ObjectTypeCatalog types;

	private final ObjectEditor editor;

	private final FileStore files;

	private final ImportMerge merge;

	private final TransactionTemplate transactions;

	private final StagedFiles staged;

	private final TaskExecutor executor;

	private final JsonMapper json;

	private final Clock clock;

	ObjectImports(ImportJobs jobs, ObjectTypeCatalog types, ObjectEditor editor, FileStore files, StagedFiles staged,
			ImportMerge merge,
			TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			JsonMapper json, Clock clock) {
		this.jobs = jobs;
		this.types = types;
		this.editor = editor;
		this.files = files;
		this.staged = staged;
		this.merge = merge;
		this.transactions = transactions;
		this.executor = executor;
		this.json = json;
		this.clock = clock;
	}

	/** Keeps the file and starts checking (and importing) it in the background. */
	public UUID start(ObjectTypeId type, String fileName, byte[] content, boolean dryRun, boolean skipBadRows, UserId by) {
		types.get(type);
		String name = fileName.toLowerCase(Locale.ROOT);
		if (!(name.endsWith(".csv") || name.endsWith(".geojson") || name.endsWith(".json"))) {
			throw DomainException.invalid("objects.import.format");
		}
		if (content.length == 0) {
			throw DomainException.invalid("objects.import.empty");
		}
		UUID id = transactions.execute(status -> jobs.insert(type, fileName, staged.store(content), content.length,
				dryRun, skipBadRows, by, clock.instant()));
		executor.execute(() -> run(id));
		return id;
	}

	public ImportJob find(UUID id) {
		return jobs.find(id).orElseThrow(() -> DomainException.notFound("objects.import.not-found"));
	}

	public Paged<ImportJob> recent(PageQuery page) {
		return jobs.recent(page);
	}

	public Paged<ImportProblem> problems(UUID id, PageQuery page) {
		return jobs.problems(id, page);
	}

	void run(UUID id) {
		ImportJob job = find(id);
		ObjectType type = types.get(job.type());
		try {
			jobs.status(id, ImportStatus.CHECKING);
			BitSet bad = check(job, type);
			if (job.dryRun() || (!bad.isEmpty() && !job.skipBadRows())) {
				jobs.finish(id, job.dryRun() ? ImportStatus.CHECKED : ImportStatus.REFUSED, 0, 0, 0, clock.instant());
				return;
			}
			jobs.status(id, ImportStatus.SAVING);
			ImportMerge.Counts counts = transactions.execute(status -> save(job, type, bad));
			jobs.finish(id, ImportStatus.IMPORTED, counts.created(), counts.updated(), counts.unchanged(), clock.instant());
		}
		catch (ImportRefusal refusal) {
			jobs.progress(id, 0, 0, 0, List.of(new ImportProblem(refusal.line(), 0, List.of(refusal.problem()))));
			jobs.finish(id, ImportStatus.REFUSED, 0, 0, 0, clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", id, job.fileName(), ex);
			jobs.finish(id, ImportStatus.FAILED, 0, 0, 0, clock.instant());
		}
		finally {
			// the report stays; the file is not needed any more
			files.delete(jobs.file(id));
		}
	}

	/** Checks every row; returns the records (1-based) that are bad, having reported them. */
	private BitSet check(ImportJob job, ObjectType type) {
		BitSet bad = new BitSet();
		List<ImportProblem> reported = new ArrayList<>();
		Map<String, Integer> externalIds = new HashMap<>();
		ObjectCheck check = editor.checkFor(type);
		int rows = 0;
		try (CountingStream in = open(job)) {
			ImportReader reader = ImportReader.of(job.fileName(), in, type, json);
			for (ImportRow row = reader.next(); row != null; row = reader.next()) {
				rows++;
				List<ObjectProblem> problems = new ArrayList<>(row.problems());
				ObjectCheck.Result result = check.check(row.raw());
				problems.addAll(result.problems());
				if (result.draft() != null && result.draft().externalId() != null) {
					Integer first = externalIds.putIfAbsent(result.draft().externalId(), row.line());
					if (first != null) {
						problems.add(ObjectProblem.of("externalId", "objects.problem.external-id-repeated", first.toString()));
					}
				}
				if (!problems.isEmpty()) {
					bad.set(row.record());
					if (reported.size() < ImportJobs.MAX_PROBLEMS) {
						reported.add(new ImportProblem(row.line(), row.record(), problems));
					}
				}
				if (rows % PROGRESS_EVERY == 0) {
					jobs.progress(job.id(), in.count(), rows, bad.cardinality(), reported);
				}
			}
			jobs.progress(job.id(), in.count(), rows, bad.cardinality(), reported);
		}
		return bad;
	}

	/** Reads the file again and merges every good row; runs in the import's one transaction. */
	private ImportMerge.Counts save(ImportJob job, ObjectType type, BitSet bad) {
		ObjectCheck check = editor.checkFor(type);
		Instant now = clock.instant();
		ImportMerge.Staging staging = merge.stage();
		try (CountingStream in = open(job)) {
			ImportReader reader = ImportReader.of(job.fileName(), in, type, json);
			for (ImportRow row = reader.next(); row != null; row = reader.next()) {
				ObjectDraft draft = bad.get(row.record()) ? null : check.check(row.raw()).draft();
				if (draft != null) {
					staging.add(new ObjectId(UUID.randomUUID()), draft, "import: " + job.fileName(), now);
				}
			}
		}
		return merge.merge(staging, now, job.id());
	}

	private CountingStream open(ImportJob job) {
		return new CountingStream(files.open(jobs.file(job.id()))
			.orElseThrow(() -> new IllegalStateException("The file of import " + job.id() + " is gone")));
	}

	/** Counts the bytes read, for the progress bar. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			count += Math.max(read, 0);
			return read;
		}

		@Override
		public void close() {
			try {
				super.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
