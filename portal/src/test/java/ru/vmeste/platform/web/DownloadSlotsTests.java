package ru.vmeste.platform.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ru.vmeste.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A download runs in a slot and gives it back, also when it fails; without a free slot it is
 * refused as "come back later" and never starts.
 */
class DownloadSlotsTests {

	@Test
	void givesTheSlotBackAfterEachDownloadEvenAFailedOne() throws Exception {
		DownloadSlots slots = DownloadSlots.of(1);
		AtomicInteger written = new AtomicInteger();
		assertThatThrownBy(() -> slots.run(() -> {
			throw new java.io.IOException("the client went away");
		})).hasMessage("the client went away");
		slots.run(written::incrementAndGet);
		slots.run(written::incrementAndGet);
		assertThat(written).hasValue(2);
	}

	@Test
	void refusesWithoutStartingWhenEverySlotIsTaken() {
		AtomicInteger written = new AtomicInteger();
		assertThatThrownBy(() -> DownloadSlots.of(0).run(written::incrementAndGet))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.TOO_MANY_REQUESTS);
				assertThat(ex.messageCode()).isEqualTo("download.busy");
			});
		assertThat(written).hasValue(0);
	}

}
