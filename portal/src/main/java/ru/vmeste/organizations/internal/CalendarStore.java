package ru.vmeste.organizations.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.organizations.CalendarDay;

/**
 * SQL for the production calendar's days.
 */
@Repository
public class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CalendarDay> all() {
		return jdbc.sql("select * from organizations_calendar_days order by day")
			.query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("note")))
			.list();
	}

	public List<CalendarDay> year(int year) {
		return all().stream().filter(day -> day.date().getYear() == year).toList();
	}

	public void save(CalendarDay day) {
		jdbc.sql("""
				insert into organizations_calendar_days (day, kind, note) values (?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, note = excluded.note
				""").params(day.date(), day.kind().name(), day.note()).update();
	}

	public void remove(LocalDate day) {
		jdbc.sql("delete from organizations_calendar_days where day = ?").param(day).update();
	}

}
