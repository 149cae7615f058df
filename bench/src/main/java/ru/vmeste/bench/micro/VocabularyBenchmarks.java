package ru.vmeste.bench.micro;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import ru.vmeste.moderation.internal.Vocabulary;

/**
 * The profanity and taboo check every appeal, idea and comment passes on submit: a clean
 * appeal of ordinary length, and one with obfuscated words (Latin look-alikes, separators,
 * repeated letters) the matcher must still find. One vocabulary serves every invocation, so past
 * the first its words' verdicts are kept, as for the recurring words of a city's texts; a text of
 * words never judged costs what the runs before the verdicts were kept measured (about 120 µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VocabularyBenchmarks {

	private static final String CLEAN = """
			Во дворе дома 15 по улице Ленина уже третью неделю не вывозят мусор: контейнеры переполнены, \
			пакеты лежат на газоне и у детской площадки. Просим организовать вывоз и навести порядок, \
			а также установить дополнительный контейнер у второго подъезда. Фото прилагаю.""";

	private static final String OBFUSCATED = """
			Во дворе дома 15 по улице Ленина уже третью неделю не вывозят мусор, это просто х.у.й.н.я \
			и бл@@@дство, контейнеры переполнены, пакеты лежат на газоне, ПИЗДЕЦ какой-то, fuuuck. \
			Просим организовать вывоз и навести порядок у второго подъезда.""";

	private Vocabulary vocabulary;

	@Setup
	public void loadWordLists() {
		vocabulary = Vocabulary.standard();
	}

	@Benchmark
	public List<Vocabulary.Match> cleanAppeal() {
		return vocabulary.find(CLEAN);
	}

	@Benchmark
	public List<Vocabulary.Match> obfuscatedAppeal() {
		return vocabulary.find(OBFUSCATED);
	}

}
