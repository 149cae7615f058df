/**
 * The connector SPI: what the portal needs from a document management system. The reference
 * implementation speaks HTTPS + JSON (docs/edms.md); a connector for Directum, 1C:Document
 * Management or "Delo" implements {@link ru.vmeste.edms.connector.EdmsConnector} as a bean.
 */
@org.springframework.modulith.NamedInterface("connector")
@org.jspecify.annotations.NullMarked
package ru.vmeste.edms.connector;
