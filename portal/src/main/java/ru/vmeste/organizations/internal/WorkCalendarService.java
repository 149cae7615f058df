package ru.vmeste.organizations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.CalendarDay;
import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.organizations.WorkCalendar;
import ru.vmeste.shared.DomainException;

/**
 * Keeps the production calendar in memory (a few dozen dates a year, read for every deadline)
 * and reloads it after an edit here or at most a minute after an edit on another instance.
 */
@Service
public class WorkCalendarService implements WorkCalendar {

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private record Loaded(ProductionCalendar calendar, Instant at) {
	}

	private final CalendarStore store;

	private final Clock clock;

	private volatile @Nullable Loaded loaded;

	WorkCalendarService(CalendarStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public ProductionCalendar current() {
		Loaded current = loaded;
		if (current == null || current.at().plus(REFRESH).isBefore(clock.instant())) {
			current = new Loaded(new ProductionCalendar(store.all()), clock.instant());
			loaded = current;
		}
		return current.calendar();
	}

	public List<CalendarDay> year(int year) {
		return store.year(year);
	}

	@Transactional
	public void save(CalendarDay day) {
		store.save(day);
		loaded = null;
	}

	@Transactional
	public void remove(LocalDate day) {
		store.remove(day);
		loaded = null;
	}

	/** Imports days from CSV lines {@code date;kind;note}; all or nothing. */
	@Transactional
	public int importCsv(List<String> lines) {
		int imported = 0;
		int lineNumber = 0;
		for (String line : lines) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#") || (lineNumber == 1 && line.toLowerCase().startsWith("date"))) {
				continue;
			}
			store.save(parse(line, lineNumber));
			imported++;
		}
		loaded = null;
		return imported;
	}

	private static CalendarDay parse(String line, int lineNumber) {
		String[] fields = line.split("[;,]", 3);
		try {
			return new CalendarDay(LocalDate.parse(fields[0].strip()),
					CalendarDay.Kind.valueOf(fields[1].strip().toUpperCase()), fields.length > 2 ? fields[2].strip() : "");
		}
		catch (RuntimeException ex) {
			throw DomainException.invalid("calendar.import.bad-line", lineNumber);
		}
	}

}
