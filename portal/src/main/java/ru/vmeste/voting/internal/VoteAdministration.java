package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VoteResultPublished;

/**
 * What vote managers and administrators do with votes: prepare a draft with its options and
 * pictures, schedule it (which freezes it), take it back while it has not opened, and
 * publish the result once it has closed. Opening and closing happen on time by themselves.
 * Every action names who acts and is refused (before any upload is decoded) unless they may
 * manage the vote ({@link VoteManagers}): an official of one organization never touches
 * another's votes.
 */
@Service
@Transactional
public class VoteAdministration {

	private final VoteStore votes;

	private final ImageSanitizer images;

	private final FileStore files;

	private final ResultStore results;

	private final VoteManagers managers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VoteAdministration(VoteStore votes, ImageSanitizer images, FileStore files, ResultStore results,
			VoteManagers managers, ApplicationEventPublisher events, Clock clock) {
		this.votes = votes;
		this.images = images;
		this.files = files;
		this.results = results;
		this.managers = managers;
		this.events = events;
		this.clock = clock;
	}

	public VoteId create(VoteDefinition definition, UserId by) {
		OrganizationId owner = managers.ownerOfNew(by);
		VoteDefinition checked = definition.normalized();
		requireWithinDistrict(owner, checked);
		Instant now = clock.instant();
		Vote vote = new Vote(VoteId.random(), checked.title(), checked.description(), checked.kind(), checked.rule(),
				checked.maxChoices(), checked.budget(), checked.counting(), checked.resultsLive(), checked.eligibility(),
				checked.opensAt(), checked.closesAt(), VoteStatus.DRAFT, List.of(), null, null, null, by, now);
		votes.insert(vote, owner);
		votes.recordCreated(vote.id(), now, by);
		return vote.id();
	}

	public void update(VoteId id, VoteDefinition definition, UserId by) {
		Vote draft = draft(id, by);
		VoteDefinition checked = definition.normalized();
		requireWithinDistrict(votes.organizationOf(id), checked);
		boolean saved = votes.updateDraft(new Vote(id, checked.title(), checked.description(), checked.kind(),
				checked.rule(), checked.maxChoices(), checked.budget(), checked.counting(), checked.resultsLive(),
				checked.eligibility(), checked.opensAt(), checked.closesAt(), VoteStatus.DRAFT, draft.options(),
				draft.imageKey(), draft.imageType(), null, draft.createdBy(), draft.createdAt()));
		if (!saved) {
			throw DomainException.conflict("voting.not-a-draft");
		}
	}

	public UUID addOption(VoteId id, LocalizedText title, @Nullable LocalizedText description, @Nullable Long cost,
			UserId by) {
		Vote draft = draft(id, by);
		if (draft.options().size() >= VoteDefinition.MAX_OPTIONS) {
			throw DomainException.invalid("voting.option.too-many", VoteDefinition.MAX_OPTIONS);
		}
		if (draft.isBudget() && (cost == null || cost <= 0)) {
			throw DomainException.invalid("voting.option.cost-required");
		}
		int position = draft.options().stream().mapToInt(VoteOption::position).max().orElse(0) + 1;
		VoteOption option = new VoteOption(UUID.randomUUID(), position, title, description,
				draft.isBudget() ? cost : null, null, null);
		votes.insertOption(id, option);
		return option.id();
	}

	public void removeOption(VoteId id, UUID option, UserId by) {
		draft(id, by);
		votes.deleteOption(id, option);
	}

	/** The vote's picture; who may manage the vote is checked before the upload is decoded. */
	public void setImage(VoteId id, byte[] upload, UserId by) {
		draft(id, by);
		CleanImage image = images.sanitize(upload);
		votes.setImage(id, files.store(image.bytes()).value(), image.contentType());
	}

	public void setOptionImage(VoteId id, UUID option, byte[] upload, UserId by) {
		Vote draft = draft(id, by);
		if (draft.option(option).isEmpty()) {
			throw DomainException.notFound("voting.option-not-found");
		}
		CleanImage image = images.sanitize(upload);
		votes.setOptionImage(option, files.store(image.bytes()).value(), image.contentType());
	}

	/** Fixes the vote and announces it; it opens by itself at its opening time. */
	public void schedule(VoteId id, UserId by) {
		Vote draft = draft(id, by);
		Instant now = clock.instant();
		if (draft.options().size() < 2) {
			throw DomainException.invalid("voting.schedule.too-few-options");
		}
		if (!draft.closesAt().isAfter(now)) {
			throw DomainException.invalid("voting.schedule.closes-in-past");
		}
		if (draft.isBudget() && draft.options().stream().anyMatch(option -> option.cost() == null
				|| option.cost() <= 0 || option.cost() > draft.budget())) {
			throw DomainException.invalid("voting.schedule.cost-over-budget");
		}
		move(id, VoteStatus.DRAFT, VoteStatus.SCHEDULED, by);
	}

	/** Takes a scheduled vote back to a draft, as long as it has not opened. */
	public void unschedule(VoteId id, UserId by) {
		move(id, VoteStatus.SCHEDULED, VoteStatus.DRAFT, by);
	}

	/** Announces the counted result as official; other modules hear which options it selected. */
	public void publish(VoteId id, UserId by) {
		move(id, VoteStatus.CLOSED, VoteStatus.PUBLISHED, by);
		Vote vote = find(id);
		events.publishEvent(new VoteResultPublished(id, Set.copyOf(results.selected(id)),
				vote.options().stream().map(VoteOption::id).collect(Collectors.toSet()), clock.instant()));
	}

	/** The votes the user manages, newest first. */
	@Transactional(readOnly = true)
	public Paged<VoteSummary> managedBy(UserId user, PageQuery page) {
		VoteManagers.Reach reach = managers.of(user);
		return reach.everything() ? votes.all(page) : votes.of(reach.organizations(), page);
	}

	@Transactional(readOnly = true)
	public Vote find(VoteId id) {
		return votes.find(id).orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
	}

	/** A vote the user manages; refused otherwise. */
	@Transactional(readOnly = true)
	public Vote findManaged(VoteId id, UserId by) {
		Vote vote = find(id);
		managers.require(by, votes.organizationOf(id));
		return vote;
	}

	private Vote draft(VoteId id, UserId by) {
		Vote vote = findManaged(id, by);
		if (vote.status() != VoteStatus.DRAFT) {
			throw DomainException.conflict("voting.not-a-draft");
		}
		return vote;
	}

	/** A vote of an organization serving one district is for residents of that district only. */
	private void requireWithinDistrict(@Nullable OrganizationId owner, VoteDefinition definition) {
		DistrictId district = managers.districtOf(owner);
		if (district != null && !Set.of(district).equals(definition.eligibility().districts())) {
			throw DomainException.invalid("voting.manage.outside-district");
		}
	}

	private void move(VoteId id, VoteStatus from, VoteStatus to, UserId by) {
		findManaged(id, by);
		if (!votes.transition(id, from, to, clock.instant(), by)) {
			throw DomainException.conflict("voting.wrong-status");
		}
	}

}
