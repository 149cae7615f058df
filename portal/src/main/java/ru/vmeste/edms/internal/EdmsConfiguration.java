package ru.vmeste.edms.internal;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.reports.ExternalHandling;

/**
 * The EDMS settings always; the connector, the sync and the inbound side only when
 * {@code vmeste.edms.base-url} is set. Without it, appeals of organizations on the EDMS channel
 * stay in the portal's inbox and the operator page says why.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdmsSettings.class)
class EdmsConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${vmeste.edms.base-url:}'.isBlank()")
	static class Connected {

		@Bean
		MessageSignatures edmsSignatures(EdmsSettings settings, Clock clock) {
			return new MessageSignatures(settings.secret() == null ? "" : settings.secret(), clock, settings.replayWindow());
		}

		@Bean
		@ConditionalOnMissingBean(EdmsConnector.class)
		HttpJsonConnector httpJsonConnector(EdmsSettings settings, MessageSignatures signatures, JsonMapper json) {
			return new HttpJsonConnector(settings.baseUrl(), signatures, json, settings.connectTimeout(),
					settings.readTimeout());
		}

		@Bean
		InboundChanges inboundChanges(EdmsSettings settings, ChangeLog changes, DocumentStore documents,
				ExternalHandling external, EdmsConnector connector, PlatformTransactionManager transactions, Clock clock) {
			return new InboundChanges(settings, changes, documents, external, connector, transactions, clock);
		}

		@Bean
		OutboundSender outboundSender(EdmsSettings settings, Outbox outbox, DocumentStore documents,
				DocumentComposer composer, EdmsConnector connector, PlatformTransactionManager transactions, Clock clock) {
			return new OutboundSender(settings, outbox, documents, composer, connector, transactions, clock);
		}

		@Bean
		EdmsSync edmsSync(EdmsSettings settings, SyncSchedule schedule, OutboundSender sender, InboundChanges inbound,
				EdmsConnector connector, Clock clock) {
			return new EdmsSync(settings, schedule, sender, inbound, connector, clock);
		}

		@Bean
		SyncJob edmsSyncJob(EdmsSync sync, EdmsSettings settings) {
			return new SyncJob(sync, settings);
		}

	}

}
