/**
 * Moderation: automatic checks (profanity, spam, duplicates) and the moderators' queue that
 * decides what residents' texts are published. Other modules ask for moderation with
 * {@link ru.vmeste.moderation.ModerationRequested} and hear the outcome as
 * {@link ru.vmeste.moderation.ContentModerated}.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.moderation;
