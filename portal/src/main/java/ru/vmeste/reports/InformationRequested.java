package ru.vmeste.reports;

import java.time.Instant;

/**
 * The responsible organization asked the author for more information; its clock stops until the answer.
 */
public record InformationRequested(AppealId appeal, long number, String question, Instant at) {
}
