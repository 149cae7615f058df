/**
 * Audit: the append-only log of staff actions (who did what to which appeal, vote, user or rule,
 * when, from where), recorded for every write a staff member makes and shown to administrators.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.audit;
