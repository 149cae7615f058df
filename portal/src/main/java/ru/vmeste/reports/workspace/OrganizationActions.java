package ru.vmeste.reports.workspace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.AppealHandling;
import ru.vmeste.reports.AppealId;

/**
 * The organization's own steps from outside the workspace, for other modules (the EDMS).
 */
@Service
class OrganizationActions implements AppealHandling {

	private final Casework casework;

	private final Answers answers;

	private final Clock clock;

	OrganizationActions(Casework casework, Answers answers, Clock clock) {
		this.casework = casework;
		this.answers = answers;
		this.clock = clock;
	}

	@Override
	public void take(AppealId appeal, OrganizationId organization, String source) {
		casework.takeFor(appeal, organization, source, clock.instant());
	}

	@Override
	public UUID answer(AppealId appeal, OrganizationId organization, String source, String text, List<Upload> files) {
		return answers.answerFor(appeal, organization, text, files, source, clock.instant());
	}

}
