package ru.vmeste.edms.internal;

import java.util.List;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.AppealId;

/**
 * What the EDMS's changes do to an appeal in the portal, through the reports module's public
 * API: the same steps an official takes in the portal's inbox, on behalf of the organization,
 * for the EDMS's changes and the answers given through a letter's reply link.
 */
public interface AppealActions {

	/**
	 * The organization started working on the appeal; nothing happens if it already is.
	 *
	 * @param source where it comes from, for the appeal's history: the EDMS registration number
	 */
	void inWork(AppealId appeal, OrganizationId organization, String source);

	/** The organization's answer, through the normal answer flow (the author is told and may rate it). */
	void answer(AppealId appeal, OrganizationId organization, String source, String text, List<Upload> files);

}
