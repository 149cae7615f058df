package ru.vmeste.open311.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.journal.JournalConsumer;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.Appeals;

/**
 * Keeps the service requests and their updates current from the appeals' public changes, taken
 * from the appeals' journal in batches. A change never writes what its event says the appeal is:
 * it locks the appeal's row and writes what the appeal is now (a retried batch, or the appeal
 * changing again meanwhile, leaves it current). Updates are written once per change, so an event
 * taken again adds nothing.
 */
@Component
class RequestProjection implements JournalConsumer<AppealEvent> {

	private final RequestStore store;

	private final Appeals appeals;

	private final AppealIntake intake;

	RequestProjection(RequestStore store, Appeals appeals, AppealIntake intake) {
		this.store = store;
		this.appeals = appeals;
		this.intake = intake;
	}

	@Override
	public String stream() {
		return AppealEvent.JOURNAL;
	}

	@Override
	public String name() {
		return "open311.requests";
	}

	@Override
	public void accept(AppealEvent event) {
		switch (event) {
			case AppealPublished published -> changed(published, "PUBLISHED", null, null);
			case AppealRouted routed ->
				changed(routed, routed.isRerouted() ? "REROUTED" : "ROUTED", routed.organization(), null);
			case AppealTaken taken -> changed(taken, "TAKEN", taken.organization(), null);
			case AppealAnswered answered -> changed(answered, "ANSWERED", answered.organization(), answered.text());
			case AppealReopened reopened -> changed(reopened, "REOPENED", reopened.organization(), null);
			case AppealClosed closed -> changed(closed, "CLOSED_" + closed.outcome().name(), closed.organization(), null);
			// not public (submitted, released, rejected, merged) or no change of the request (assigned, questions, rating)
			default -> {
			}
		}
	}

	private void changed(AppealEvent event, String change, @Nullable OrganizationId organization,
			@Nullable String answer) {
		if (refresh(event.appeal(), event.at())) {
			if (answer != null) {
				store.answer(event.appeal(), answer, event.at());
			}
			store.addUpdate(event.appeal(), change, RequestStatus.of(event.status()).orElseThrow() == RequestStatus.CLOSED,
					organization, answer, event.at());
		}
	}

	/** Writes the appeal as it is now, if it is public (in the caller's transaction); answers whether it is. */
	boolean refresh(AppealId id, Instant at) {
		Appeal seen = appeals.find(id).orElse(null);
		if (seen == null || RequestStatus.of(seen.status()).isEmpty()) {
			return false;
		}
		store.add(seen, at);
		store.lock(id);
		Appeal now = appeals.find(id).orElseThrow();
		store.refresh(now, intake.photoPaths(id).stream().findFirst().orElse(null), at);
		return true;
	}

}
