package ru.vmeste.reports.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.RoutingFacts;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Says in one line, in the reader's language, why an appeal went where it went, e.g. "Roads
 * and sidewalks in Leninsky district → Permblagoustroystvo": the same line for officials, on
 * the public page and in the API.
 */
@Component
public class RoutingExplanations implements RoutingFacts {

	private final MessageSource messages;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final DecisionStore decisions;

	RoutingExplanations(MessageSource messages, Topics topics, Territory territory, Organizations organizations,
			DecisionStore decisions) {
		this.decisions = decisions;
		this.messages = messages;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
	}

	public String explain(RecordedDecision decision, Locale locale) {
		return explain(decision.kind(), decision.topic(), decision.district(), decision.organization(),
				decision.objectName(), decision.reason(), decision.previousOrganization(), locale);
	}

	public String explain(RoutingDecision decision, Locale locale) {
		return explain(decision.kind(), decision.topic(), decision.district(), decision.organization(),
				decision.object() == null ? null : decision.object().name(), null, null, locale);
	}

	private String explain(DecisionKind kind, @Nullable TopicId topic, @Nullable DistrictId district,
			OrganizationId organization, @Nullable LocalizedText object, @Nullable String reason,
			@Nullable OrganizationId previous, Locale locale) {
		Object[] arguments = { topic == null ? "" : topics.find(topic).map(found -> found.name().in(locale)).orElse(""),
				district == null ? "" : territory.district(district).map(found -> found.name().in(locale)).orElse(""),
				organization(organization, locale), object == null ? "" : object.in(locale), reason == null ? "" : reason,
				previous == null ? "" : organization(previous, locale) };
		return messages.getMessage("reports.routing.explain." + kind.name(), arguments, locale);
	}

	public String organization(OrganizationId id, Locale locale) {
		return organizations.find(id).map(found -> found.name().in(locale)).orElse("");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> explain(Collection<Long> ids, Locale locale) {
		Map<Long, String> explained = new HashMap<>();
		decisions.findAll(ids).forEach((id, decision) -> explained.put(id, explain(decision, locale)));
		return explained;
	}

	@Override
	public String organizationName(OrganizationId organization, Locale locale) {
		return organization(organization, locale);
	}

}
