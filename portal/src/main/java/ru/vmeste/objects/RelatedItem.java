package ru.vmeste.objects;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing tied to a city object elsewhere, e.g. an appeal about it or works on it.
 *
 * @param title shown as the link text, already in the reader's language
 * @param link where its own page is, e.g. {@code /appeals/42}
 * @param status a short status in the reader's language, if it has one
 * @param at when it happened or was last updated, if known
 */
public record RelatedItem(String title, String link, @Nullable String status, @Nullable Instant at) {
}
