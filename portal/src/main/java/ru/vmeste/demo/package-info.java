/**
 * Demo: the demo region, accounts and content, seeded on first start through the other modules'
 * public APIs when {@code vmeste.demo-data} is true (never in production). {@code DemoData}
 * runs the seeders ({@code <Module>Demo}) in one explicit order: the region first
 * ({@code TerritoryDemo}, through {@link ru.vmeste.territory.RegionImport}), then the accounts of the
 * API contract ({@code IdentityDemo}, through {@link ru.vmeste.identity.AccountAdministration}), …,
 * the votes ({@code VotingDemo}, through {@link ru.vmeste.voting.VoteArchive} and
 * {@link ru.vmeste.voting.VoteOperator}), … Every module may be used here; no module uses this one.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.demo;
