package ru.vmeste.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module (keys {@code vmeste.identity.*}).
 *
 * @param privacyPolicyVersion the version of the personal-data policy (152-FZ) residents consent to
 * at registration; recorded with each consent, so raise it whenever the policy's text changes
 */
@ConfigurationProperties("vmeste.identity")
public record IdentitySettings(@DefaultValue("2026-12-01") String privacyPolicyVersion) {
}
