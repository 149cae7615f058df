package ru.vmeste.reports.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The name of a stage of an appeal's process, for its pages: a port {@code reports.workflow} fills.
 */
public interface ProcessFacts {

	Optional<String> stageName(@Nullable UUID processVersion, @Nullable Integer stage, Locale locale);

}
