/**
 * Workflow: the process definitions, working-day deadlines, pauses and escalation of appeals
 * being handled. A nested module of {@code reports}: it may use the reports core (its API, {@code
 * internal} and the life cycle), and the core reaches it only through the ports it fills.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports :: Workflow")
@org.jspecify.annotations.NullMarked
package ru.vmeste.reports.workflow;
