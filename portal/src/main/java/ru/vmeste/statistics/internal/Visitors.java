package ru.vmeste.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.platform.EveryInstance;

/**
 * Counts daily unique visitors without cookies and without keeping an address: a visitor is a
 * hash of a salt, the address and the user agent; the salt is random, shared by the instances
 * through the database and replaced every day, and yesterday's salt and hashes are deleted, so
 * a hash can neither be traced back to an address nor followed from one day to the next (as
 * privacy-friendly analytics such as Plausible do). A visitor on two days counts on both.
 */
@Service
public class Visitors {

	/** Hashes remembered per instance to spare the database repeat visits (beyond it the database decides). */
	private static final int REMEMBERED = 200_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Set<Visit> pending = ConcurrentHashMap.newKeySet();

	private final Set<Visit> remembered = ConcurrentHashMap.newKeySet();

	private volatile Salt salt = new Salt(LocalDate.MIN, new byte[0]);

	Visitors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A page was viewed from this address with this user agent. */
	public void seen(String address, String userAgent) {
		LocalDate today = LocalDate.now(clock);
		Visit visit = new Visit(today, hash(saltOf(today), address, userAgent));
		if (remembered.contains(visit)) {
			return;
		}
		if (remembered.size() < REMEMBERED) {
			remembered.add(visit);
		}
		pending.add(visit);
	}

	/** Writes the new visitors to the database: each new hash of a day adds one to its count. */
	@EveryInstance
	@Scheduled(fixedDelayString = "${vmeste.statistics.visitors-flush:10s}")
	@Transactional
	public void flush() {
		List<Visit> batch = new ArrayList<>(pending);
		pending.removeAll(batch);
		LocalDate today = LocalDate.now(clock);
		remembered.removeIf(visit -> visit.day().isBefore(today));
		for (Visit visit : batch) {
			int added = jdbc.sql("insert into statistics_visitors (day, hash) values (?, ?) on conflict do nothing")
				.params(Date.valueOf(visit.day()), visit.hash())
				.update();
			if (added == 1) {
				jdbc.sql("""
						insert into statistics_visitor_days (day, visitors) values (?, 1)
						on conflict (day) do update set visitors = statistics_visitor_days.visitors + 1
						""").param(Date.valueOf(visit.day())).update();
			}
		}
		jdbc.sql("delete from statistics_visitors where day < ?").param(Date.valueOf(today.minusDays(1))).update();
		jdbc.sql("delete from statistics_visitor_salts where day < ?").param(Date.valueOf(today)).update();
	}

	/** Daily unique visitors summed over the days of the period. */
	@Transactional(readOnly = true)
	public long count(LocalDate from, LocalDate to) {
		return jdbc.sql("select coalesce(sum(visitors), 0) from statistics_visitor_days where day between ? and ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(Long.class)
			.single();
	}

	private byte[] saltOf(LocalDate day) {
		Salt current = salt;
		if (!current.day().equals(day)) {
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			jdbc.sql("insert into statistics_visitor_salts (day, salt) values (?, ?) on conflict do nothing")
				.params(Date.valueOf(day), fresh)
				.update();
			byte[] shared = jdbc.sql("select salt from statistics_visitor_salts where day = ?")
				.param(Date.valueOf(day))
				.query(byte[].class)
				.single();
			current = new Salt(day, shared);
			salt = current;
		}
		return current.value();
	}

	private static byte[] hash(byte[] salt, String address, String userAgent) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update((address + "\n" + userAgent).getBytes(StandardCharsets.UTF_8));
			return Arrays.copyOf(digest.digest(), 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Salt(LocalDate day, byte[] value) {
	}

	/** A visitor of a day; equal by the hash's bytes. */
	private record Visit(LocalDate day, byte[] hash) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Visit visit && visit.day.equals(day) && Arrays.equals(visit.hash, hash);
		}

		@Override
		public int hashCode() {
			return day.hashCode() * 31 + Arrays.hashCode(hash);
		}

	}

}
