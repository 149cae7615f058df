package ru.vmeste.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.instances.PortalInstance;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.DistrictId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens' holders kept in memory (issue #20): a kept token costs no database read, and every
 * change to a token or an account reaches every instance at once — this one when the change
 * commits, the others through PostgreSQL's NOTIFY, which this test sends from a connection of its
 * own the way another instance's change would.
 */
@PortalTest
class TokenHoldersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Users users;

	@Autowired
	Tokens store;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PortalInstance instance;

	UserId resident;

	String secret;

	@BeforeEach
	void aResidentWithAToken() {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		resident = users.byEmail(email).orElseThrow().id();
		secret = tokens.issue(resident).secret();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from pg_stat_activity
				where query in ('listen %1$s', 'select pg_notify(''%1$s'', ''ping'')')""".formatted(TokenHolders.CHANNEL))
			.query(Long.class)
			.single() > 0);
	}

	@Test
	void listensOnAConnectionOfItsOwnNamedAfterTheInstanceNotOneOfThePools() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			long named = jdbc.sql("select count(*) from pg_stat_activity where application_name = ?")
				.param(instance.applicationName())
				.query(Long.class)
				.single();
			assertThat(named).as("the pool's connections and the listening one")
				.isEqualTo(pool.getHikariPoolMXBean().getTotalConnections() + 1);
		});
	}

	@Test
	void aKeptTokenIsNotReadAgainUntilAChangeIsAnnounced() {
		assertThat(tokens.authenticate(secret)).isPresent();
		jdbc.sql("update identity_tokens set used_at = now() where token_hash = ?").param(Tokens.hash(secret)).update();
		assertThat(tokens.authenticate(secret)).as("kept: the database is not read").isPresent();

		jdbc.sql("select pg_notify(?, ?)")
			.params(TokenHolders.CHANNEL, "t:" + HexFormat.of().formatHex(Tokens.hash(secret)))
			.query()
			.singleRow();
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> tokens.authenticate(secret).isEmpty());
	}

	@Test
	void anAccountChangeAnnouncedByAnotherInstanceDropsItsTokens() {
		assertThat(tokens.authenticate(secret)).isPresent();
		jdbc.sql("insert into identity_user_roles (user_id, role) values (?, 'MODERATOR')").param(resident.value()).update();
		assertThat(tokens.authenticate(secret).orElseThrow().hasRole(Role.MODERATOR)).isFalse();

		jdbc.sql("select pg_notify(?, ?)").params(TokenHolders.CHANNEL, "u:" + resident.value()).query().singleRow();
		Awaitility.await()
			.atMost(Duration.ofSeconds(2))
			.until(() -> tokens.authenticate(secret).map(user -> user.hasRole(Role.MODERATOR)).orElse(false));
	}

	@Test
	void revokingATokenOrChangingRolesShowsOnTheNextRequest() {
		PortalUser before = tokens.authenticate(secret).orElseThrow();
		assertThat(before.hasRole(Role.OFFICIAL)).isFalse();
		users.grant(resident, Role.OFFICIAL);
		assertThat(tokens.authenticate(secret).orElseThrow().hasRole(Role.OFFICIAL)).isTrue();

		String hash = tokens.active(resident).getFirst().hash();
		tokens.revoke(resident, hash);
		assertThat(tokens.authenticate(secret)).isEmpty();
	}

	@Test
	void anAccountsStatusComesWithItsTokenAndIsKeptUntilAChangeIsAnnounced() {
		assertThat(tokens.authenticate(secret)).isPresent();
		jdbc.sql("update identity_users set birth_date = date '1970-01-01' where id = ?").param(resident.value()).update();
		assertThat(residents.statusOf(resident).orElseThrow().birthDate())
			.as("kept since the token was read: the database is not read").isNull();

		jdbc.sql("select pg_notify(?, ?)").params(TokenHolders.CHANNEL, "u:" + resident.value()).query().singleRow();
		Awaitility.await()
			.atMost(Duration.ofSeconds(2))
			.until(() -> residents.statusOf(resident).orElseThrow().birthDate() != null);
	}

	@Test
	void verifyingAnAddressShowsInTheStatusAtOnce() {
		UUID district = jdbc.sql("select id from territory_districts limit 1").query(UUID.class).single();
		jdbc.sql("update identity_users set district_id = ? where id = ?").params(district, resident.value()).update();
		residents.statusOf(resident);
		UserId official = users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id();
		assertThat(users.verifyAddress(resident, official, Instant.now())).isTrue();
		ResidentStatus status = residents.statusOf(resident).orElseThrow();
		assertThat(status.isAddressVerified()).isTrue();
		assertThat(status.district()).isEqualTo(new DistrictId(district));
	}

	@Test
	void revokingAllOfAnAccountsTokensShowsOnTheNextRequest() {
		String second = tokens.issue(resident).secret();
		assertThat(tokens.authenticate(secret)).isPresent();
		assertThat(tokens.authenticate(second)).isPresent();
		store.revokeAll(resident, Tokens.Purpose.API, Instant.now());
		assertThat(tokens.authenticate(secret)).isEmpty();
		assertThat(tokens.authenticate(second)).isEmpty();
	}

}
