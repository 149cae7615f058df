package ru.vmeste.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.statistics.internal.StaffStatistics;

/**
 * Staff statistics for programs: workload and overdue appeals of an organization (its heads,
 * administrators), the moderators' decisions and queue (administrators).
 */
@RestController
@RequestMapping("/api/v1/statistics/staff")
@Tag(name = "Statistics")
class StaffStatisticsApiController {

	private final StaffStatistics statistics;

	private final StaffAccess access;

	private final Clock clock;

	StaffStatisticsApiController(StaffStatistics statistics, StaffAccess access, Clock clock) {
		this.statistics = statistics;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/organizations/{id}/workload")
	@Operation(summary = "Open, overdue and answered appeals per executor (heads of the organization, administrators)")
	List<StaffStatistics.Workload> workload(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale) {
		LocalDate today = LocalDate.now(clock);
		DashboardFilters filters = DashboardFilters.of(from == null ? today.minusDays(29) : from, to, null, null, null, today);
		return statistics.workload(access.check(user, new OrganizationId(id), locale).id(), filters.from(), filters.to());
	}

	@GetMapping("/organizations/{id}/overdue")
	@Operation(summary = "Open appeals past their deadline, the longest overdue first (heads, administrators)")
	Paged<StaffStatistics.OverdueAppeal> overdue(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
		return statistics.overdue(access.check(user, new OrganizationId(id), locale).id(), LocalDate.now(clock),
				PageQuery.of(page, size));
	}

	@GetMapping("/moderation")
	@Operation(summary = "Moderators' decisions and queue times within the period (administrators)")
	List<StaffStatistics.ModeratorFigures> moderation(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		if (!user.hasRole(Role.ADMIN)) {
			throw DomainException.forbidden("statistics.staff.admins-only");
		}
		LocalDate today = LocalDate.now(clock);
		DashboardFilters filters = DashboardFilters.of(from == null ? today.minusDays(29) : from, to, null, null, null, today);
		return statistics.moderators(filters.from(), filters.to(), clock.getZone());
	}

}
