package ru.vmeste.reports;

import java.util.List;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;

/**
 * What a responsible organization does with an appeal from outside the portal's workspace — its
 * document system (EDMS) taking the appeal into work and answering it — through the same life
 * cycle, events and checks as an official in the workspace. Refused (403) for an organization
 * the appeal is not routed to, and (409) once the appeal no longer waits for an answer.
 */
public interface AppealHandling {

	/**
	 * The organization took the appeal into work; nothing happens if it already is.
	 *
	 * @param source where it comes from, for the appeal's history (e.g. the EDMS registration number)
	 */
	void take(AppealId appeal, OrganizationId organization, String source);

	/** The organization's public answer, with its files; the author is told and may rate it. Answers its id. */
	UUID answer(AppealId appeal, OrganizationId organization, String source, String text, List<Upload> files);

}
