package ru.vmeste.edms.connector;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Changes after a cursor and the cursor to ask from next time.
 */
public record ChangePage(List<DocumentChange> changes, @Nullable String cursor) {
}
