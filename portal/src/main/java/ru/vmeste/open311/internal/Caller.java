package ru.vmeste.open311.internal;

import ru.vmeste.open311.ClientAppId;

/**
 * The client app a request's API key belongs to, as much as serving the request needs.
 */
public record Caller(ClientAppId app, String name, int rateLimit) {
}
