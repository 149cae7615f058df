package ru.vmeste.reports.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/** An organization's public answer to an appeal; by one of its officials, or by the organization itself (its EDMS, an import). */
public record Answer(UUID id, AppealId appeal, OrganizationId organization, @Nullable UserId official, String text,
		Instant at, List<AnswerFile> files) {
}
