/**
 * Works (the Find out service): repair, construction, improvement and maintenance works of the
 * city with their status, dates, documents, photos, subscriptions and residents' ratings.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.works;
