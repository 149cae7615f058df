package ru.vmeste.reports.workspace.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.Inbox;
import ru.vmeste.reports.workspace.Responsibility;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.Paged;

/**
 * What the inbox pages show: the official's organizations and the one chosen, and each appeal
 * as a row with its topic, stage, executor and deadline in the reader's language.
 */
@Component
class InboxModel {

	/** The official's organizations and those whose appeals are shown. */
	record Scope(List<Organization> organizations, List<OrganizationId> chosen, @Nullable UUID organizationId,
			List<CaseViews.Member> members, List<Organization> others) {
	}

	/** An appeal in the inbox. */
	record Row(Appeal appeal, Handling handling, String topic, String organization, @Nullable String stage,
			@Nullable String assignee, boolean overdue) {
	}

	private final Responsibility responsibility;

	private final Organizations organizations;

	private final Residents residents;

	private final Topics topics;

	private final Processes processes;

	private final Workflow workflow;

	InboxModel(Responsibility responsibility, Organizations organizations, Residents residents, Topics topics,
			Processes processes, Workflow workflow) {
		this.responsibility = responsibility;
		this.organizations = organizations;
		this.residents = residents;
		this.topics = topics;
		this.processes = processes;
		this.workflow = workflow;
	}

	/** All the official's organizations, or the one asked for if the official is in it. */
	Scope scope(UserId official, @Nullable UUID organizationId, Locale locale) {
		List<OrganizationId> own = responsibility.organizationsOf(official);
		if (organizationId != null && !own.contains(new OrganizationId(organizationId))) {
			throw DomainException.forbidden("reports.case.not-responsible");
		}
		List<OrganizationId> chosen = organizationId == null ? own : List.of(new OrganizationId(organizationId));
		List<Organization> all = organizations.all();
		List<CaseViews.Member> members = chosen.stream()
			.flatMap(organization -> organizations.membersOf(organization).stream())
			.map(member -> new CaseViews.Member(member.official().toString(), name(member.official()), member.role()))
			.distinct()
			.sorted(Comparator.comparing(CaseViews.Member::name))
			.toList();
		Comparator<Organization> byName = Comparator.comparing(organization -> organization.name().in(locale));
		return new Scope(all.stream().filter(organization -> own.contains(organization.id())).sorted(byName).toList(),
				chosen, organizationId, members,
				all.stream().filter(organization -> !chosen.contains(organization.id())).sorted(byName).toList());
	}

	Paged<Row> rows(Paged<Inbox.Item> items, Locale locale) {
		Map<OrganizationId, String> names = organizations.all()
			.stream()
			.collect(Collectors.toMap(Organization::id, organization -> organization.name().in(locale)));
		Map<UUID, String> topicNames = topics.all()
			.stream()
			.collect(Collectors.toMap(topic -> topic.id().value(), topic -> topic.name().in(locale)));
		Map<UserId, String> executors = items.items()
			.stream()
			.map(item -> item.handling().assignee())
			.filter(Objects::nonNull)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), this::name));
		LocalDate today = workflow.today();
		return items.map(item -> new Row(item.appeal(), item.handling(),
				topicNames.getOrDefault(item.appeal().topic().value(), ""),
				names.getOrDefault(item.handling().organization(), ""), stage(item.handling(), locale),
				item.handling().assignee() == null ? null : executors.get(item.handling().assignee()),
				!item.handling().isPaused() && item.handling().isOverdue(today)
						&& item.appeal().status() != AppealStatus.ANSWERED));
	}

	private @Nullable String stage(Handling handling, Locale locale) {
		if (handling.processVersion() == null || handling.stage() == null) {
			return null;
		}
		return processes.version(handling.processVersion()).stage(handling.stage())
			.map(stage -> stage.name().in(locale))
			.orElse(null);
	}

	private String name(UserId user) {
		return residents.contactOf(user).map(contact -> contact.name()).orElse("—");
	}

}
