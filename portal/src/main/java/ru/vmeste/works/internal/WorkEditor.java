package ru.vmeste.works.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.RatingSummary;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkPlace;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.WorkStatusChanged;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.Entry;
import ru.vmeste.works.internal.WorkHistory.FieldChange;

/**
 * WorkCustomers create works and keep them up to date: their details and their status. Only
 * officials of the customer organization may; every change is checked first and stored with
 * its history row in one transaction, so a refused change leaves nothing behind.
 */
@Service
public class WorkEditor {

	/** A move to another status; the date is when it happened (today if not given). */
	public record StatusChange(WorkStatus to, @Nullable String reason, @Nullable LocalDate on) {
	}

	private final WorkStore works;

	private final WorkHistory history;

	private final WorkPlaces places;

	private final WorkCustomers customers;

	private final WorkAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkEditor(WorkStore works, WorkHistory history, WorkPlaces places, WorkCustomers customers, WorkAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.works = works;
		this.history = history;
		this.places = places;
		this.customers = customers;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public WorkId create(WorkDraft draft, OrganizationId customer, UserId official) {
		customers.checkMember(official, customer);
		return insert(draft, customer, official, Change.CREATED);
	}

	/** Works of the customer, as a creation or an import says. */
	WorkId insert(WorkDraft draft, OrganizationId customer, UserId official, Change change) {
		WorkPlace place = places.resolve(draft.geometry(), draft.objects());
		if (draft.externalRef() != null && works.existsRef(customer, draft.externalRef())) {
			throw DomainException.conflict("works.external-ref.taken", draft.externalRef());
		}
		Instant now = clock.instant();
		Work work = new Work(new WorkId(UUID.randomUUID()), 0, draft.title(), draft.description(), draft.kind(),
				WorkStatus.PLANNED, null, customer, draft.contractor(), draft.externalRef(), draft.funding(),
				Schedule.planned(draft.plannedStart(), draft.plannedEnd()), draft.progress(), place, RatingSummary.none(),
				null, now, now);
		works.insert(work);
		history.add(work.id(), new Entry(change, WorkStatus.PLANNED, null, List.of(), customer, official, now));
		return work.id();
	}

	@Transactional
	public void update(WorkId id, WorkDraft draft, UserId official) {
		Work before = access.editable(id, official);
		if (before.status().isClosed()) {
			throw DomainException.conflict("works.closed");
		}
		WorkPlace place = places.resolve(draft.geometry(), draft.objects());
		String ref = draft.externalRef();
		if (ref != null && !ref.equals(before.externalRef()) && works.existsRef(before.customer(), ref)) {
			throw DomainException.conflict("works.external-ref.taken", ref);
		}
		Schedule schedule = new Schedule(draft.plannedStart(), draft.plannedEnd(), before.schedule().actualStart(),
				before.schedule().actualEnd());
		Instant now = clock.instant();
		Work after = new Work(before.id(), before.number(), draft.title(), draft.description(), draft.kind(),
				before.status(), before.statusReason(), before.customer(), draft.contractor(), ref, draft.funding(),
				schedule, before.status().isDone() ? 100 : draft.progress(), place, before.ratings(), before.flaggedAt(),
				before.createdAt(), now);
		List<FieldChange> changes = WorkChanges.between(before, after);
		if (changes.isEmpty()) {
			return;
		}
		works.update(after);
		history.add(id, new Entry(Change.UPDATED, after.status(), null, changes, before.customer(), official, now));
	}

	@Transactional
	public void changeStatus(WorkId id, StatusChange change, UserId official) {
		Work before = access.editable(id, official);
		WorkStatus from = before.status();
		WorkStatus to = change.to();
		if (!from.canMoveTo(to)) {
			throw DomainException.conflict("works.status.not-allowed", label(from), label(to));
		}
		String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
		if (from.needsReasonToMoveTo(to) && reason == null) {
			throw DomainException.invalid("works.status.reason-required");
		}
		if (reason != null && reason.length() > 1000) {
			throw DomainException.invalid("works.text.too-long");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate on = change.on() == null ? today : change.on();
		if (on.isAfter(today)) {
			throw DomainException.invalid("works.status.date-in-future");
		}
		Schedule schedule = actualDates(before.schedule(), from, to, on);
		Instant now = clock.instant();
		Work after = new Work(before.id(), before.number(), before.title(), before.description(), before.kind(), to,
				reason, before.customer(), before.contractor(), before.externalRef(), before.funding(), schedule,
				to.isDone() ? 100 : before.progress(), before.place(), before.ratings(), before.flaggedAt(),
				before.createdAt(), now);
		works.update(after);
		history.add(id, new Entry(Change.STATUS, to, reason, dateChanges(before.schedule(), schedule),
				before.customer(), official, now));
		events.publishEvent(new WorkStatusChanged(id, before.number(), before.title(), from, to, reason, now));
	}

	/** Starting sets the actual start (once: a resumption keeps it), completing sets the end, a return clears it. */
	static Schedule actualDates(Schedule schedule, WorkStatus from, WorkStatus to, LocalDate on) {
		LocalDate start = schedule.actualStart();
		LocalDate end = schedule.actualEnd();
		if (to == WorkStatus.IN_PROGRESS && start == null) {
			start = on;
		}
		if (to == WorkStatus.COMPLETED) {
			end = on;
		}
		if (from == WorkStatus.COMPLETED && to == WorkStatus.IN_PROGRESS) {
			end = null;
		}
		return new Schedule(schedule.plannedStart(), schedule.plannedEnd(), start, end);
	}

	static List<FieldChange> dateChanges(Schedule before, Schedule after) {
		List<FieldChange> changes = new ArrayList<>();
		if (!Objects.equals(before.actualStart(), after.actualStart())) {
			changes.add(new FieldChange("actualStart", text(before.actualStart()), text(after.actualStart())));
		}
		if (!Objects.equals(before.actualEnd(), after.actualEnd())) {
			changes.add(new FieldChange("actualEnd", text(before.actualEnd()), text(after.actualEnd())));
		}
		return changes;
	}

	/** A status's name in the reader's language, resolved where the message is. */
	private static MessageSourceResolvable label(WorkStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "works.status." + status.name() }, status.name());
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return date == null ? null : date.toString();
	}

}
