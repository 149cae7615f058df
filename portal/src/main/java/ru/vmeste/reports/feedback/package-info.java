/**
 * Feedback: residents close the loop — the author's rating and reply, other residents' "still not
 * fixed", and the closing of answers nobody confirmed. A nested module of {@code reports}: it may
 * use the reports core (its API, {@code internal} and the life cycle), and the core reaches it
 * only through the ports it fills.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports :: Feedback")
@org.jspecify.annotations.NullMarked
package ru.vmeste.reports.feedback;
