/**
 * Voting: online votes and participatory budgets whose ballots form a public, append-only
 * Merkle tree with signed heads, so anyone can check the tally without trusting the operator.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.voting;
