package ru.vmeste.reports.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the topic catalog's questions hands its connection back to the pool: the catalog is
 * read again every {@code topics-refresh} and after every change, so a connection kept per
 * reading emptied the pool within minutes (every request then waited and was answered 503).
 */
@PortalTest
class TopicStoreTests {

	@Autowired
	TopicStore store;

	@Autowired
	HikariDataSource pool;

	@Test
	void readingTheQuestionsKeepsNoConnection() {
		int readings = pool.getMaximumPoolSize() + 5;
		for (int reading = 0; reading < readings; reading++) {
			assertThat(store.allQuestions()).isNotNull();
		}
		assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections in use after %d readings", readings)
			.isLessThan(pool.getMaximumPoolSize() / 2);
	}

}
