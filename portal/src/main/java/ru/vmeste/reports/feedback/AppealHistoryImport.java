package ru.vmeste.reports.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealImports;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealRouting;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.reports.workspace.Casework;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Imports appeals with their past through the life cycle, step by step at each step's instant:
 * submitted, then rejected or published and routed by today's rules, taken, answered, rated. It
 * sits in {@code feedback}, the nested module that may use all the others, because its last step
 * is a rating.
 */
@Service
class AppealHistoryImport implements AppealImports {

	private final AppealStore appeals;

	private final AppealLifecycle lifecycle;

	private final Submissions submissions;

	private final AppealRouting routing;

	private final HandlingStore handling;

	private final Casework casework;

	private final Answers answers;

	private final RatingStore ratings;

	private final Territory territory;

	AppealHistoryImport(AppealStore appeals, AppealLifecycle lifecycle, Submissions submissions, AppealRouting routing,
			HandlingStore handling, Casework casework, Answers answers, RatingStore ratings, Territory territory) {
		this.appeals = appeals;
		this.lifecycle = lifecycle;
		this.submissions = submissions;
		this.routing = routing;
		this.handling = handling;
		this.casework = casework;
		this.answers = answers;
		this.ratings = ratings;
		this.territory = territory;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasAppealsOf(UserId author) {
		return appeals.anyOf(author);
	}

	@Override
	@Transactional
	public List<AppealId> importAppeals(List<ImportedAppeal> imported) {
		return imported.stream().map(this::importAppeal).toList();
	}

	@Override
	@Transactional
	public AppealId importAppeal(ImportedAppeal imported) {
		District district = territory.locate(imported.point())
			.orElseThrow(() -> DomainException.invalid("reports.point.outside"));
		AppealId id = new AppealId(UUID.randomUUID());
		Appeal appeal = lifecycle.submit(new AppealStore.NewAppeal(id, imported.topic(), imported.author(), district.id(),
				imported.point(), imported.address(), imported.text().strip(), "{}", imported.submittedAt()), false);
		if (imported.rejection() != null) {
			lifecycle.reject(appeal, imported.rejection().reason(), null, imported.rejection().at());
			return id;
		}
		if (imported.publishedAt() == null) {
			submissions.requestModeration(appeal);
			return id;
		}
		lifecycle.publish(appeal, null, imported.publishedAt());
		routing.route(id, imported.publishedAt());
		OrganizationId organization = appeals.find(id).map(Appeal::organization).orElseThrow();
		handling.remindersSent(id, imported.publishedAt());
		if (imported.takenAt() == null) {
			return id;
		}
		casework.takeFor(id, organization, null, imported.takenAt());
		if (imported.answer() == null) {
			return id;
		}
		UUID answer = answers.answerFor(id, organization, imported.answer().text(), List.of(), null,
				imported.answer().at());
		if (imported.rating() != null) {
			Instant at = imported.rating().at();
			Appeal answered = appeals.lock(id).filter(found -> found.status() == AppealStatus.ANSWERED).orElseThrow();
			ratings.insert(id, answer, answered.author(), imported.rating().score(), imported.rating().solved(), null, null,
					at);
			Appeal rated = lifecycle.rate(answered, organization, imported.rating().score(), imported.rating().solved(),
					answered.author(), at);
			lifecycle.close(rated, organization,
					imported.rating().solved() ? AppealOutcome.SOLVED : AppealOutcome.NOT_SOLVED, answered.author(), at);
		}
		return id;
	}

}
