package ru.vmeste.organizations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.organizations.CalendarDay;
import ru.vmeste.organizations.internal.WorkCalendarService;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;

/**
 * Administrators keep the production calendar: the year's holidays, moved days off, working
 * Saturdays and shortened days; or import next year's from a file.
 */
@Controller
class CalendarController {

	private final WorkCalendarService calendar;

	private final Clock clock;

	CalendarController(WorkCalendarService calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
		List<CalendarDay> days = calendar.year(shown);
		model.addAttribute("year", shown);
		model.addAttribute("days", days);
		model.addAttribute("kinds", CalendarDay.Kind.values());
		model.addAttribute("workingDays", LocalDate.of(shown, 1, 1)
			.datesUntil(LocalDate.of(shown + 1, 1, 1))
			.filter(calendar.current()::isWorkingDay)
			.count());
		return "organizations/calendar";
	}

	@PostMapping("/admin/calendar/days")
	String save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam CalendarDay.Kind kind, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		calendar.save(new CalendarDay(date, kind, note.strip().length() > 200 ? note.strip().substring(0, 200) : note.strip()));
		redirect.addFlashAttribute("notice", "calendar.saved");
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/admin/calendar/days/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		calendar.remove(date);
		redirect.addFlashAttribute("notice", "calendar.removed");
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/admin/calendar/import")
	String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		try {
			int imported = calendar.importCsv(Uploads.read(file).bytes());
			redirect.addFlashAttribute("notice", "calendar.imported");
			redirect.addFlashAttribute("imported", imported);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("importError", ex);
		}
		return "redirect:/admin/calendar";
	}

}
