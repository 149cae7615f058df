/**
 * Public control: how the authorities answer, in honest figures kept current from the appeal
 * events — the dashboard, the organizations' ranking and pages, staff statistics, open datasets.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.statistics;
