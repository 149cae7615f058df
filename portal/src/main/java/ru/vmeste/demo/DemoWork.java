package ru.vmeste.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

import ru.vmeste.works.Funding;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;

/**
 * A line of {@code demo/works/works.csv}: works with dates given in days from today, so the
 * demo always has works on time, late and finished, whatever day it starts.
 */
record DemoWork(String customer, String title, WorkKind kind, String program, int yearOffset, String source,
		@Nullable BigDecimal budget, @Nullable BigDecimal contract, @Nullable String contractor, int start, int days,
		WorkStatus status, @Nullable Integer actualStart, @Nullable Integer actualEnd, int progress,
		@Nullable String reason, String geometry, String description) {

	static List<DemoWork> all() {
		try {
			return new ClassPathResource("demo/works/works.csv").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> of(line.split("\\|", -1)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DemoWork of(String[] f) {
		return new DemoWork(f[0], f[1], WorkKind.valueOf(f[2]), f[3], Integer.parseInt(f[4]), f[5], money(f[6]),
				money(f[7]), f[8].isEmpty() ? null : f[8], Integer.parseInt(f[9]), Integer.parseInt(f[10]),
				WorkStatus.valueOf(f[11]), number(f[12]), number(f[13]), f[14].isEmpty() ? 0 : Integer.parseInt(f[14]),
				f[15].isEmpty() ? null : f[15], f[16], f[17]);
	}

	Funding funding(LocalDate today) {
		return new Funding(program, today.getYear() + yearOffset, source, budget, contract);
	}

	Schedule schedule(LocalDate today) {
		LocalDate plannedStart = today.plusDays(start);
		return new Schedule(plannedStart, plannedStart.plusDays(days),
				actualStart == null ? null : today.plusDays(actualStart),
				actualEnd == null ? null : today.plusDays(actualEnd));
	}

	private static @Nullable BigDecimal money(String value) {
		return value.isEmpty() ? null : new BigDecimal(value);
	}

	private static @Nullable Integer number(String value) {
		return value.isEmpty() ? null : Integer.valueOf(value);
	}

}
