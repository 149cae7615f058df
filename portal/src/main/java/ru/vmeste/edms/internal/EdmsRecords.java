package ru.vmeste.edms.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.ExternalRecord;
import ru.vmeste.reports.ExternalRecords;

/**
 * Tells the reports module where an appeal stands in the EDMS: its registration for the
 * appeal's page, and whether the organization handles it there (its inbox entry is read-only).
 */
@Component
class EdmsRecords implements ExternalRecords {

	private final DocumentStore documents;

	EdmsRecords(DocumentStore documents) {
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ExternalRecord> of(AppealId appeal) {
		return documents.find(appeal)
			.map(document -> new ExternalRecord(document.number(), document.registeredAt(), document.status(),
					document.active()));
	}

}
