package ru.vmeste.ideas.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkPlanning;
import ru.vmeste.works.WorkStatusChanged;

/**
 * "Into the works": a selected project (or a feasible idea outside campaigns) becomes planned
 * works of a customer organization, with its cost as the budget, at its place; the idea and the
 * works point to each other. When the works are completed the idea is done.
 */
@Service
@Transactional
public class IdeaWorks {

	private final IdeaStore ideas;

	private final Campaigns campaigns;

	private final IdeaLifecycle lifecycle;

	private final WorkPlanning planning;

	private final Organizations organizations;

	IdeaWorks(IdeaStore ideas, Campaigns campaigns, IdeaLifecycle lifecycle, WorkPlanning planning,
			Organizations organizations) {
		this.ideas = ideas;
		this.campaigns = campaigns;
		this.lifecycle = lifecycle;
		this.planning = planning;
		this.organizations = organizations;
	}

	/** Every selected project of the campaign that has no works yet becomes works; answers the new works. */
	public List<WorkId> plan(CampaignId id, WorkOrder order, UserId admin) {
		Campaign campaign = campaigns.locked(id);
		if (!campaign.phase().mayStartWorks()) {
			throw DomainException.conflict("ideas.works.wrong-phase");
		}
		List<Idea> selected = ideas.inCampaign(id, IdeaStatus.SELECTED, CampaignVotes.MAX_PROJECTS);
		if (selected.isEmpty()) {
			throw DomainException.conflict("ideas.works.none-selected");
		}
		checkCustomer(order.customer());
		List<WorkId> works = new ArrayList<>();
		for (Idea idea : selected) {
			works.add(planLocked(ideas.lock(idea.id()).orElseThrow(), order, admin));
		}
		campaigns.advance(campaign, CampaignPhase.IMPLEMENTATION);
		return works;
	}

	/** One idea becomes works: a selected project, or a feasible idea outside campaigns. */
	public WorkId plan(IdeaId id, WorkOrder order, UserId admin) {
		Idea idea = ideas.lock(id).orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		boolean ready = idea.status() == IdeaStatus.SELECTED
				|| idea.status() == IdeaStatus.FEASIBLE && idea.campaign() == null;
		if (!ready || idea.work() != null) {
			throw DomainException.conflict("ideas.works.not-ready");
		}
		if (idea.kind() == IdeaKind.TOPIC) {
			throw DomainException.conflict("ideas.works.topic");
		}
		checkCustomer(order.customer());
		if (idea.campaign() != null) {
			Campaign campaign = campaigns.locked(idea.campaign());
			if (!campaign.phase().mayStartWorks()) {
				throw DomainException.conflict("ideas.works.wrong-phase");
			}
			campaigns.advance(campaign, CampaignPhase.IMPLEMENTATION);
		}
		return planLocked(idea, order, admin);
	}

	private WorkId planLocked(Idea idea, WorkOrder order, UserId admin) {
		if (idea.point() == null) {
			throw DomainException.conflict("ideas.works.no-place", idea.number());
		}
		Geometry geometry = idea.line() != null ? idea.line()
				: GeoJson.WGS84.createPoint(new Coordinate(idea.point().lon(), idea.point().lat()));
		WorkId work = planning.plan(new WorkPlanning.Plan(idea.title(), idea.text(),
				idea.kind() == IdeaKind.ROAD ? WorkKind.REPAIR : WorkKind.IMPROVEMENT, order.customer(),
				idea.estimatedCost() == null ? null : BigDecimal.valueOf(idea.estimatedCost()), order.plannedStart(),
				order.plannedEnd(), geometry, idea.objects()), admin);
		ideas.setWork(idea.id(), work);
		lifecycle.move(idea, IdeaStatus.IN_WORK, IdeaChange.IN_WORK, null, work.toString(), admin);
		return work;
	}

	@ApplicationModuleListener
	void on(WorkStatusChanged change) {
		if (!change.to().isDone()) {
			return;
		}
		ideas.byWork(change.work())
			.flatMap(idea -> ideas.lock(idea.id()))
			.filter(idea -> idea.status() == IdeaStatus.IN_WORK)
			.ifPresent(idea -> lifecycle.move(idea, IdeaStatus.DONE, IdeaChange.DONE, null, change.work().toString(), null));
	}

	private void checkCustomer(OrganizationId customer) {
		if (organizations.find(customer).isEmpty()) {
			throw DomainException.invalid("ideas.works.customer-unknown");
		}
	}

}
