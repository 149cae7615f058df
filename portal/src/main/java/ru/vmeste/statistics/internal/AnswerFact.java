package ru.vmeste.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organization's public answer to an appeal (a reopened appeal may have several).
 */
record AnswerFact(UUID answer, UUID appeal, long number, UUID organization, Instant answeredAt, LocalDate answeredOn) {
}
