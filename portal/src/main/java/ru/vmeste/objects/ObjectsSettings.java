package ru.vmeste.objects;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registry of city objects.
 *
 * @param typesRefresh how long another instance's change to object types may take to show here
 */
@ConfigurationProperties("vmeste.objects")
public record ObjectsSettings(@DefaultValue("30s") Duration typesRefresh) {
}
