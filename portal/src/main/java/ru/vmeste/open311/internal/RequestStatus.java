package ru.vmeste.open311.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ru.vmeste.reports.AppealStatus;

/**
 * The GeoReport status of a published appeal (docs/open311.md, "Status mapping"): {@code open}
 * while no answer stands (published, routed, in progress, reopened), {@code closed} once answered
 * or closed. Appeals held, in moderation, rejected or merged are not service requests at all.
 */
public enum RequestStatus {

	OPEN(EnumSet.of(AppealStatus.PUBLISHED, AppealStatus.ROUTED, AppealStatus.IN_PROGRESS, AppealStatus.REOPENED)),
	CLOSED(EnumSet.of(AppealStatus.ANSWERED, AppealStatus.CLOSED));

	private final Set<AppealStatus> statuses;

	RequestStatus(Set<AppealStatus> statuses) {
		this.statuses = statuses;
	}

	public Set<AppealStatus> statuses() {
		return EnumSet.copyOf(statuses);
	}

	/** The spec's word: {@code open} or {@code closed}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status of a listed appeal; empty for an appeal that is not listed. */
	public static Optional<RequestStatus> of(AppealStatus status) {
		for (RequestStatus candidate : values()) {
			if (candidate.statuses.contains(status)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The status a client names, in any case; empty for anything else. */
	public static Optional<RequestStatus> named(String code) {
		for (RequestStatus candidate : values()) {
			if (candidate.code().equalsIgnoreCase(code.strip())) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Every listed appeal status. */
	public static Set<AppealStatus> listed() {
		EnumSet<AppealStatus> all = EnumSet.noneOf(AppealStatus.class);
		for (RequestStatus status : values()) {
			all.addAll(status.statuses);
		}
		return all;
	}

}
