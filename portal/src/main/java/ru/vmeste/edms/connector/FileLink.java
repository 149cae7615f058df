package ru.vmeste.edms.connector;

import java.net.URI;

/**
 * A file one side lets the other fetch: the appeal's photos for the EDMS, the answer's letter for the portal.
 */
public record FileLink(String name, String contentType, URI url) {
}
