package ru.vmeste.voting.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;
import ru.vmeste.voting.VotingSettings;
import ru.vmeste.voting.internal.Admissions.Admission;
import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * Gathers this instance's ballots into batches by the batch policy ({@code vmeste.voting.batch}:
 * a batch goes as soon as it holds {@code min-size} ballots or its first has waited
 * {@code max-wait}) and runs each through the pipeline on one thread: admission (roll and pool,
 * one transaction), then the appender (ledger, another). On start it appends whatever a crash
 * left in the pool; while idle it looks for ballots another instance pooled and left behind.
 * It logs batch sizes, never a voter or a ballot.
 */
@Component
class BallotQueue implements SmartLifecycle {

	/** How often an idle queue looks for ballots left in the pool (another instance's crash). */
	static final Duration IDLE_SWEEP = Duration.ofSeconds(30);

	/** How soon an append that failed is tried again. */
	static final Duration RETRY = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(BallotQueue.class);

	private final Admissions admissions;

	private final BallotAppender appender;

	private final BallotPool pool;

	private final int minSize;

	private final long maxWaitNanos;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition arrived = lock.newCondition();

	private final ArrayDeque<Submission> waiting = new ArrayDeque<>();

	/** Recorded ballots whose append failed: answered when a later append takes them. */
	private final List<Submission> unanswered = new ArrayList<>();

	private volatile boolean running;

	private @Nullable Thread worker;

	BallotQueue(Admissions admissions, BallotAppender appender, BallotPool pool, VotingSettings settings) {
		this.admissions = admissions;
		this.appender = appender;
		this.pool = pool;
		this.minSize = settings.batch().minSize();
		this.maxWaitNanos = settings.batch().maxWait().toNanos();
	}

	/** Queues a ballot for the next batch. */
	void submit(Submission submission) {
		lock.lock();
		try {
			if (!running) {
				throw new DomainException(DomainException.Kind.UNAVAILABLE, "voting.busy");
			}
			waiting.add(submission);
			if (waiting.size() == 1 || waiting.size() >= minSize) {
				arrived.signalAll();
			}
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void start() {
		running = true;
		appendLeftovers();
		Thread thread = Thread.ofPlatform().name("ballot-appender").daemon().unstarted(this::work);
		worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		lock.lock();
		try {
			waiting.forEach(submission -> submission.recorded
				.completeExceptionally(new DomainException(DomainException.Kind.UNAVAILABLE, "voting.busy")));
			waiting.clear();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before the web server takes requests and stops after its graceful shutdown. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void work() {
		while (running) {
			try {
				List<Submission> batch = nextBatch();
				if (batch.isEmpty()) {
					if (!unanswered.isEmpty() || !pool.isEmpty()) {
						answer(List.of());
					}
				}
				else {
					process(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("The ballot appender failed; pooled ballots wait for the next batch", ex);
			}
		}
	}

	/** Waits for a batch by the policy; empty after an idle sweep interval (or the retry delay). */
	private List<Submission> nextBatch() throws InterruptedException {
		lock.lockInterruptibly();
		try {
			if (waiting.isEmpty()) {
				arrived.await((unanswered.isEmpty() ? IDLE_SWEEP : RETRY).toNanos(), TimeUnit.NANOSECONDS);
				if (waiting.isEmpty()) {
					return List.of();
				}
			}
			long deadline = waiting.getFirst().queuedAt + maxWaitNanos;
			long left;
			while (waiting.size() < minSize && (left = deadline - System.nanoTime()) > 0) {
				arrived.awaitNanos(left);
			}
			List<Submission> batch = new ArrayList<>(waiting.size());
			for (Iterator<Submission> it = waiting.iterator(); it.hasNext();) {
				Submission submission = it.next();
				it.remove();
				if (submission.take()) {
					batch.add(submission);
				}
			}
			return batch;
		}
		finally {
			lock.unlock();
		}
	}

	private void process(List<Submission> batch) {
		Admission admission;
		try {
			admission = admissions.admit(batch);
		}
		catch (RuntimeException ex) {
			log.error("A batch of {} ballots could not be recorded; nothing of it was kept", batch.size(), ex);
			batch.forEach(submission -> submission.recorded
				.completeExceptionally(new DomainException(DomainException.Kind.UNAVAILABLE, "voting.busy")));
			return;
		}
		admission.refused().forEach((submission, reason) -> submission.recorded.completeExceptionally(reason));
		admission.recorded().forEach(submission -> submission.recorded.complete(null));
		log.debug("Batch: {} ballots recorded, {} refused", admission.recorded().size(), admission.refused().size());
		answer(admission.recorded());
	}

	/** Appends what is pooled and hands each recorded ballot its receipt. */
	private void answer(List<Submission> recorded) {
		unanswered.addAll(recorded);
		Map<String, Receipt> receipts;
		try {
			receipts = appender.appendPooled();
		}
		catch (RuntimeException ex) {
			log.error("Appending {} pooled ballots failed; they stay pooled and are appended with the next batch, "
					+ "by the next sweep or at start-up", unanswered.size(), ex);
			return;
		}
		HexFormat hex = HexFormat.of();
		for (Iterator<Submission> it = unanswered.iterator(); it.hasNext();) {
			Submission submission = it.next();
			Receipt receipt = receipts.get(hex.formatHex(submission.leafHash));
			if (receipt == null) {
				receipt = appender.find(submission.vote.id().value(), submission.leafHash, submission.data).orElse(null);
			}
			if (receipt != null) {
				submission.appended.complete(receipt);
				it.remove();
			}
		}
	}

	private void appendLeftovers() {
		try {
			int appended = appender.appendPooled().size();
			if (appended > 0) {
				log.info("Appended {} ballots left in the pool by an earlier run", appended);
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not append the ballots left in the pool; the appender tries again while idle", ex);
		}
	}

}
