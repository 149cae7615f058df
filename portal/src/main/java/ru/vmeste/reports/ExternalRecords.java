package ru.vmeste.reports;

import java.util.Optional;

/**
 * A system outside the portal in which some appeals are handled — the administration's
 * document management system. The module that hands appeals there implements it, so that an
 * appeal's page shows its registration there and the portal's inbox leaves its handling to
 * that system (internal comments stay in the portal).
 */
public interface ExternalRecords {

	Optional<ExternalRecord> of(AppealId appeal);

}
