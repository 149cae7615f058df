package ru.vmeste.edms.connector;

import java.time.Instant;

/**
 * How the EDMS registered an appeal: its registration number (e.g. {@code ОГ-2026-000123}), when, and its status.
 */
public record Registration(String number, Instant registeredAt, String status) {
}
