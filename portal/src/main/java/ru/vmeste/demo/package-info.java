/**
 * Demo: the demo region, accounts and content, seeded on first start through the other modules'
 * public APIs when {@code vmeste.demo-data} is true (never in production). {@code DemoData}
 * runs the seeders ({@code <Module>Demo}) in one explicit order; the region ({@code TerritoryDemo},
 * through {@link ru.vmeste.territory.RegionImport}) and the accounts of the API contract
 * ({@code IdentityDemo}, through {@link ru.vmeste.identity.AccountAdministration}) seed first, in
 * {@code DemoFoundation}, as long as the published city budget's demo is still the voting module's
 * own runner between the two (the other votes are {@code VotingDemo}'s, through
 * {@link ru.vmeste.voting.VoteOperator}). Every module may be used here; no module uses this one.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.demo;
