package ru.vmeste.ideas.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.ideas.IdeasSettings;

/**
 * Binds {@link IdeasSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdeasSettings.class)
class IdeasConfiguration {

}
