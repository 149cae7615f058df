package ru.vmeste.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.statistics.internal.StaffStatistics;

/**
 * Staff statistics (not public): an organization's workload per executor and its overdue
 * appeals for its heads and administrators, and the moderators' queue for administrators.
 */
@Controller
class StaffStatisticsController {

	private final StaffStatistics statistics;

	private final StaffAccess access;

	private final Residents residents;

	private final Topics topics;

	private final Clock clock;

	StaffStatisticsController(StaffStatistics statistics, StaffAccess access, Residents residents, Topics topics,
			Clock clock) {
		this.statistics = statistics;
		this.access = access;
		this.residents = residents;
		this.topics = topics;
		this.clock = clock;
	}

	@GetMapping("/staff/statistics")
	String staff(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		LocalDate today = LocalDate.now(clock);
		DashboardFilters filters = DashboardFilters.of(from == null ? today.minusDays(29) : from, to, null, null, null, today);
		Organization organization = access.check(user,
				organizationId == null ? null : new OrganizationId(organizationId), locale);
		List<StaffStatistics.Workload> workload = statistics.workload(organization.id(), filters.from(), filters.to());
		Paged<StaffStatistics.OverdueAppeal> overdue = statistics.overdue(organization.id(), today, PageQuery.of(page, 20));
		model.addAttribute("filters", filters);
		model.addAttribute("organization", organization);
		model.addAttribute("organizationChoices", access.visibleTo(user, locale)
			.stream()
			.map(choice -> FilterChoice.named(choice.id().value(), choice.name().in(locale)))
			.toList());
		model.addAttribute("workload", workload);
		model.addAttribute("overdue", overdue);
		model.addAttribute("names", names(Stream.concat(workload.stream().map(StaffStatistics.Workload::executor),
				overdue.items().stream().map(StaffStatistics.OverdueAppeal::executor))));
		model.addAttribute("topicNames", topicNames(overdue.items(), locale));
		model.addAttribute("pagePath", "/staff/statistics?organizationId=" + organization.id() + "&from=" + filters.from()
				+ "&to=" + filters.to());
		if (user.hasRole(Role.ADMIN)) {
			List<StaffStatistics.ModeratorFigures> moderators = statistics.moderators(filters.from(), filters.to(),
					clock.getZone());
			model.addAttribute("moderators", moderators);
			model.addAttribute("moderatorNames", names(moderators.stream().map(StaffStatistics.ModeratorFigures::moderator)));
			model.addAttribute("queue", statistics.queue(clock.instant()));
		}
		return "statistics/staff";
	}

	/** Staff see each other's names; the page lists at most a page of them. */
	private Map<UUID, String> names(Stream<@Nullable UUID> users) {
		Map<UUID, String> names = new HashMap<>();
		users.filter(java.util.Objects::nonNull).distinct().forEach(id -> residents.contactOf(new UserId(id))
			.ifPresent(contact -> names.put(id, contact.name())));
		return names;
	}

	private Map<UUID, String> topicNames(List<StaffStatistics.OverdueAppeal> appeals, Locale locale) {
		Map<UUID, String> names = new HashMap<>();
		appeals.stream().map(StaffStatistics.OverdueAppeal::topic).filter(java.util.Objects::nonNull).distinct()
			.forEach(id -> topics.find(new TopicId(id)).ifPresent(topic -> names.put(id, topic.name().in(locale))));
		return names;
	}

}
