/**
 * Workspace: the officials' inbox and casework — assignment, stages, comments, questions, answers
 * with files. A nested module of {@code reports}: it may use the reports core (its API, {@code
 * internal} and the life cycle), and the core reaches it only through the ports it fills.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports :: Workspace")
@org.jspecify.annotations.NullMarked
package ru.vmeste.reports.workspace;
