package ru.vmeste.ideas;

import java.time.Instant;
import java.util.UUID;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;

/**
 * A moderator or official offered to turn a resident's appeal into an idea; the appeal's author
 * is asked for consent by mail and decides on the offer's page.
 *
 * @param offer the offer's id (its page is {@code /ideas/offers/{offer}})
 * @param author the appeal's author, who decides
 * @param title the proposed idea's title
 */
public record IdeaOffered(UUID offer, AppealId appeal, long appealNumber, UserId author, String title, Instant at) {
}
