package ru.vmeste.organizations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;

/**
 * Keeps each organization's delivery channel in its own table beside the organizations, so
 * the channel stays a small addition to them.
 */
@Service
@Transactional(readOnly = true)
class DeliveryChannelsService implements DeliveryChannels {

	private final JdbcClient jdbc;

	private final OrganizationStore organizations;

	private final Clock clock;

	DeliveryChannelsService(JdbcClient jdbc, OrganizationStore organizations, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	public DeliveryChannel of(OrganizationId organization) {
		return jdbc.sql("select channel from organizations_delivery_channels where organization_id = :id")
			.param("id", organization.value())
			.query(String.class)
			.optional()
			.map(DeliveryChannel::valueOf)
			.orElse(DeliveryChannel.PORTAL);
	}

	@Override
	public List<Organization> using(DeliveryChannel channel) {
		Set<UUID> ids = new HashSet<>(jdbc.sql("""
				select o.id from organizations_organizations o
				left join organizations_delivery_channels c on c.organization_id = o.id
				where coalesce(c.channel, 'PORTAL') = :channel""")
			.param("channel", channel.name())
			.query(UUID.class)
			.list());
		return organizations.all()
			.stream()
			.filter(organization -> ids.contains(organization.id().value()))
			.sorted(Comparator.comparing(Organization::code))
			.toList();
	}

	@Override
	@Transactional
	public void choose(OrganizationId organization, DeliveryChannel channel) {
		if (organizations.byId(organization).isEmpty()) {
			throw DomainException.notFound("organizations.not-found");
		}
		jdbc.sql("""
				insert into organizations_delivery_channels (organization_id, channel, chosen_at)
				values (:id, :channel, :at)
				on conflict (organization_id) do update set channel = excluded.channel, chosen_at = excluded.chosen_at""")
			.param("id", organization.value())
			.param("channel", channel.name())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

}
