package ru.vmeste.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page counts its list only when it cannot tell the total itself. */
class PagedTests {

	private final AtomicInteger counts = new AtomicInteger();

	private LongSupplier count(long total) {
		return () -> {
			counts.incrementAndGet();
			return total;
		};
	}

	@Test
	void aPageWithRoomToSpareIsTheLastAndIsNotCounted() {
		Paged<String> first = Paged.of(List.of("a", "b"), new PageQuery(0, 3), count(99));
		Paged<String> third = Paged.of(List.of("g"), new PageQuery(2, 3), count(99));
		Paged<String> none = Paged.of(List.<String>of(), new PageQuery(0, 3), count(99));
		assertThat(first.total()).isEqualTo(2);
		assertThat(first.hasNext()).isFalse();
		assertThat(third.total()).isEqualTo(7);
		assertThat(none.total()).isZero();
		assertThat(counts).hasValue(0);
	}

	@Test
	void aFullPageOrAnEmptyOneAfterTheFirstIsCounted() {
		Paged<String> full = Paged.of(List.of("a", "b", "c"), new PageQuery(0, 3), count(5));
		Paged<String> beyond = Paged.of(List.<String>of(), new PageQuery(4, 3), count(5));
		assertThat(full.total()).isEqualTo(5);
		assertThat(full.hasNext()).isTrue();
		assertThat(beyond.total()).isEqualTo(5);
		assertThat(counts).hasValue(2);
	}

}
