package ru.vmeste.organizations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.CalendarDay;
import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.organizations.WorkCalendar;
import ru.vmeste.platform.csv.CsvReader;
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

	/** Imports days from CSV rows {@code date;kind;note} ({@code ;} or {@code ,}); all or nothing. */
	@Transactional
	public int importCsv(byte[] csv) {
		int imported = 0;
		try (CsvReader reader = CsvReader.of(csv)) {
			for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
				String first = row.fields().getFirst();
				if (first.startsWith("#") || (row.line() == 1 && first.toLowerCase(Locale.ROOT).startsWith("date"))) {
					continue;
				}
				store.save(parse(row.fields(), row.line()));
				imported++;
			}
		}
		catch (CsvReader.Malformed ex) {
			throw DomainException.invalid("calendar.import.bad-line", ex.line());
		}
		loaded = null;
		return imported;
	}

	private static CalendarDay parse(List<String> fields, int lineNumber) {
		try {
			return new CalendarDay(LocalDate.parse(fields.get(0)), CalendarDay.Kind.valueOf(fields.get(1).toUpperCase(Locale.ROOT)),
					fields.size() > 2 ? String.join(", ", fields.subList(2, fields.size())) : "");
		}
		catch (RuntimeException ex) {
			throw DomainException.invalid("calendar.import.bad-line", lineNumber);
		}
	}


}
