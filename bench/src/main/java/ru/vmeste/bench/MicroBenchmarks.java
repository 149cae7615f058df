package ru.vmeste.bench;

import java.util.Collection;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks of {@code ru.vmeste.bench.micro} (ledger, point-in-district,
 * vocabulary) in a forked JVM and adds their scores to the report.
 */
final class MicroBenchmarks {

	private MicroBenchmarks() {
	}

	static void run(Report report) throws RunnerException {
		System.out.println("JMH micro-benchmarks");
		Collection<RunResult> results = new Runner(new OptionsBuilder()
			.include("ru\\.vmeste\\.bench\\.micro\\..*")
			.forks(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgs("-Xmx2g")
			.build()).run();
		for (RunResult result : results) {
			Result<?> score = result.getPrimaryResult();
			String benchmark = result.getParams().getBenchmark().replace("ru.vmeste.bench.micro.", "");
			report.micro(benchmark, score.getScore(), score.getScoreError(), score.getScoreUnit());
		}
	}

}
