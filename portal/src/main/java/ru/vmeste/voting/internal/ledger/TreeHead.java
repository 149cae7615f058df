package ru.vmeste.voting.internal.ledger;

/** The size and root of a vote's tree at some moment. */
public record TreeHead(long size, byte[] rootHash) {
}
