package ru.vmeste.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push (VAPID) settings. Without keys the portal makes a pair on start for development (the
 * devices subscribed with it must subscribe again after a restart); production sets both keys,
 * e.g. from the environment, never in the repository.
 *
 * @param subject who the push services may contact about this sender (a mailto: or https address)
 * @param publicKey the VAPID public key: the uncompressed P-256 point, base64url
 * @param privateKey the VAPID private key: the P-256 scalar, base64url
 * @param ttl how long (seconds) a push service keeps a notification for a device that is offline
 */
@ConfigurationProperties("vmeste.push")
public record PushSettings(@DefaultValue("mailto:noreply@vmeste.local") String subject, @DefaultValue("") String publicKey,
		@DefaultValue("") String privateKey, @DefaultValue("86400") int ttl) {
}
