package ru.vmeste.platform.instances;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This running portal process among the instances that serve one city: a fresh id per start and
 * a name for people (host and process id). Its database connections carry the application name
 * {@code vmeste/<id>}, visible in {@code pg_stat_activity}.
 */
public record PortalInstance(UUID id, String name) {

	static PortalInstance start() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return new PortalInstance(UUID.randomUUID(), host + ":" + ProcessHandle.current().pid());
	}

	/** The application name of this instance's database connections. */
	public String applicationName() {
		return "vmeste/" + id;
	}

}
