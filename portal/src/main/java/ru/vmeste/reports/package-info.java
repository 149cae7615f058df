/**
 * Reports (the Inform service): topics of problems and residents' appeals about them.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.reports;
