package ru.vmeste.works.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.internal.WorkImport;

/**
 * An import's report in the reader's language: each problem with its line and reason.
 */
@Component
class WorkImportReports {

	/** What the page and the API show of an import. */
	record View(int rows, boolean applied, List<String> created, List<Problem> problems) {
	}

	/** A line that cannot be imported. */
	@Schema(name = "WorkImportProblem")
	record Problem(int line, String reason) {
	}

	private final MessageSource messages;

	WorkImportReports(MessageSource messages) {
		this.messages = messages;
	}

	String message(DomainException ex, Locale locale) {
		return messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale);
	}

	View view(WorkImport.Report report, Locale locale) {
		return new View(report.rows(), report.applied(), report.created().stream().map(WorkId::toString).toList(),
				report.problems()
					.stream()
					.map(problem -> new Problem(problem.line(), messages.getMessage(problem.reason(),
							problem.arguments().toArray(), problem.reason(), locale)))
					.toList());
	}

}
