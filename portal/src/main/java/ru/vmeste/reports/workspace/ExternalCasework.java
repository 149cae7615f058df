package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.reports.internal.AppealChange;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.Visibility;

/**
 * The inbox's steps for an organization working outside the portal ({@link ExternalHandling}):
 * the very steps of {@link Casework} and {@link Answers} that the organization itself takes,
 * with no official of the portal behind them (the history shows the organization).
 */
@Service
class ExternalCasework implements ExternalHandling {

	private final Casework casework;

	private final Answers answers;

	private final AppealRecords records;

	private final Clock clock;

	ExternalCasework(Casework casework, Answers answers, AppealRecords records, Clock clock) {
		this.casework = casework;
		this.answers = answers;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void take(AppealId id, OrganizationId organization) {
		casework.takeFor(id, organization, null, clock.instant());
	}

	@Override
	public UUID answer(AppealId id, OrganizationId organization, String text, List<Upload> files) {
		return answers.answerFor(id, organization, text, files, null, clock.instant());
	}

	@Override
	public void ask(AppealId id, OrganizationId organization, String question) {
		casework.askFor(id, organization, question, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> informationReply(AppealId id, Instant at) {
		// the database keeps microseconds; the event's instant may have more
		Instant latest = at.plus(Duration.ofMillis(1));
		return records.history(id, Visibility.PARTICIPANTS)
			.stream()
			.filter(entry -> entry.change() == AppealChange.INFO_PROVIDED && !entry.at().isAfter(latest))
			.reduce((earlier, later) -> later)
			.map(HistoryEntry::note);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Photo> photos(AppealId id) {
		return records.photos(id)
			.stream()
			.map(photo -> new Photo("/appeals/" + id + "/photos/" + photo.id(), photo.contentType()))
			.toList();
	}

}
