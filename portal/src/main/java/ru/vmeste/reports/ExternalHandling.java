package ru.vmeste.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;

/**
 * The steps an organization takes on its appeals outside the portal's inbox — in the
 * administration's document management system, or through the reply link of a letter —
 * recorded on its behalf with the same rules, history and events as in the inbox. Each refuses
 * (a {@code DomainException}) an appeal the organization does not answer or no longer works on.
 */
public interface ExternalHandling {

	/** The organization took the routed or reopened appeal into work; nothing happens if it already works on it. */
	void take(AppealId appeal, OrganizationId organization);

	/** The organization's public answer: the normal answer flow, so the author hears of it and may rate it. */
	UUID answer(AppealId appeal, OrganizationId organization, String text, List<Upload> files);

	/** The organization asks the author for more information; the appeal's clock stops until the reply. */
	void ask(AppealId appeal, OrganizationId organization, String question);

	/** The author's reply to the organization's question, given at {@code at} (an {@link InformationProvided}). */
	Optional<String> informationReply(AppealId appeal, Instant at);

	/** The appeal's photos, which anyone may fetch from the portal once it is published. */
	List<Photo> photos(AppealId appeal);

	/** A photo of an appeal: its path on the portal (e.g. {@code /appeals/{id}/photos/{photo}}) and type. */
	record Photo(String path, String contentType) {
	}

}
