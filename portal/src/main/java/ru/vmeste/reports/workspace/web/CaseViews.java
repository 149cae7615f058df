package ru.vmeste.reports.workspace.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.ExternalRecord;
import ru.vmeste.reports.ExternalRecords;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.Visibility;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.RatingFacts;
import ru.vmeste.reports.web.HistoryViews;
import ru.vmeste.reports.web.ProgressViews;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workspace.Responsibility;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.Territory;

/**
 * An appeal as the responsible organization sees it: everything public, plus the internal
 * history with who did what, the executor, the stages of its process, the author's rating
 * comment, and whom it may be assigned or sent on to. Nobody else sees this.
 */
@Component
class CaseViews {

	/**
	 * The organization's view of an appeal.
	 *
	 * @param external where the appeal stands in the organization's document management system, if it is there
	 */
	record CaseView(Appeal appeal, Handling handling, MemberRole role, String topic, @Nullable String district,
			ProgressViews.Progress progress, List<String> photos, List<StaffStep> history, List<Member> members,
			List<StageOption> stages, @Nullable String assignee, RatingFacts.@Nullable LatestRating rating,
			List<Organization> organizations, @Nullable ExternalRecord external) {

		public boolean isOpen() {
			return appeal.status().isOpen();
		}

		/** The organization works on it in its document management system: only internal comments here. */
		public boolean isHandledOutside() {
			return external != null && external.handledThere();
		}

	}

	/** A history step with who may read it and who made it. */
	record StaffStep(HistoryViews.Step step, Visibility visibility, @Nullable String actor, @Nullable String assignee) {
	}

	/** A member of the organization an appeal may be assigned to. */
	record Member(String id, String name, MemberRole role) {
	}

	/** A stage of the appeal's process. */
	record StageOption(int index, String name, int days, boolean current) {
	}

	private final AppealRecords appeals;

	private final ProgressViews progress;

	private final HistoryViews history;

	private final Processes processes;

	private final Responsibility responsibility;

	private final Organizations organizations;

	private final Residents residents;

	private final Topics topics;

	private final Territory territory;

	private final RatingFacts ratings;

	private final MessageSource messages;

	private final List<ExternalRecords> external;

	CaseViews(AppealRecords appeals, ProgressViews progress, HistoryViews history, Processes processes,
			Responsibility responsibility, Organizations organizations, Residents residents, Topics topics,
			Territory territory, RatingFacts ratings, MessageSource messages, List<ExternalRecords> external) {
		this.appeals = appeals;
		this.progress = progress;
		this.history = history;
		this.processes = processes;
		this.responsibility = responsibility;
		this.organizations = organizations;
		this.residents = residents;
		this.topics = topics;
		this.territory = territory;
		this.ratings = ratings;
		this.messages = messages;
		this.external = external;
	}

	/** The appeal for an official of the organization it is routed to; everyone else is refused. */
	CaseView of(AppealId id, UserId official, Locale locale) {
		Appeal appeal = appeals.find(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		Handling handling = progress.handling(appeal);
		MemberRole role = responsibility.require(handling, official);
		Map<UserId, String> names = new HashMap<>();
		names.put(appeal.author(), messages.getMessage("reports.case.author", null, locale));
		List<StaffStep> steps = history.rendered(id, handling.processVersion(), Visibility.STAFF, locale)
			.stream()
			.map(step -> new StaffStep(step.step(), step.visibility(), name(step.entry().actor(), names),
					name(step.entry().assignee(), names)))
			.toList();
		List<Member> members = organizations.membersOf(handling.organization())
			.stream()
			.map(member -> new Member(member.official().toString(), name(member.official(), names), member.role()))
			.sorted(Comparator.comparing(Member::name))
			.toList();
		return new CaseView(appeal, handling, role,
				topics.find(appeal.topic()).map(topic -> topic.name().in(locale)).orElse(""),
				appeal.district() == null ? null
						: territory.district(appeal.district()).map(district -> district.name().in(locale)).orElse(null),
				progress.of(appeal, handling, locale, "/appeals/"),
				appeals.photos(id).stream().map(photo -> "/appeals/" + id + "/photos/" + photo.id()).toList(), steps, members,
				stages(handling, locale), name(handling.assignee(), names), ratings.latest(id).orElse(null),
				organizations.all()
					.stream()
					.filter(organization -> !organization.id().equals(handling.organization()))
					.sorted(Comparator.comparing(organization -> organization.name().in(locale)))
					.toList(),
				external.stream().flatMap(system -> system.of(id).stream()).findFirst().orElse(null));
	}

	private List<StageOption> stages(Handling handling, Locale locale) {
		if (handling.processVersion() == null) {
			return List.of();
		}
		var version = processes.version(handling.processVersion());
		return IntStream.range(0, version.stages().size())
			.mapToObj(index -> new StageOption(index, version.stages().get(index).name().in(locale),
					version.stages().get(index).days(), handling.stage() != null && handling.stage() == index))
			.toList();
	}

	private @Nullable String name(@Nullable UserId user, Map<UserId, String> names) {
		if (user == null) {
			return null;
		}
		return names.computeIfAbsent(user, key -> residents.contactOf(key).map(contact -> contact.name()).orElse("—"));
	}

}
