package ru.vmeste.edms.internal;

import java.util.List;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * What the EDMS's changes do to an appeal in the portal, through the reports module's public
 * API: the same steps an official takes in the portal's inbox, on behalf of the organization.
 */
public interface AppealActions {

	/** The organization started working on the appeal; nothing happens if it already is. */
	void inWork(AppealId appeal, OrganizationId organization, String number);

	/** The organization's answer, through the normal answer flow (the author is told and may rate it). */
	void answer(AppealId appeal, OrganizationId organization, String number, String text, List<AnswerFile> files);

	/** A file of the answer, as the EDMS sent it. */
	record AnswerFile(String name, byte[] bytes) {
	}

}
