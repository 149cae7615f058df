package ru.vmeste.edms.simulator;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar edms-simulator.jar --port=8090 --portal-url=http://localhost:8080 --secret=S}
 * [{@code --workflow-step=2m}] [{@code --slow-delay=30s}]: runs the simulated EDMS until stopped.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				usage("unknown argument " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		if (!options.containsKey("secret")) {
			usage("--secret is required (the portal's vmeste.edms.secret)");
		}
		EdmsSimulator.Builder builder = EdmsSimulator.builder()
			.port(Integer.parseInt(options.getOrDefault("port", "8090")))
			.portalUrl(options.get("portal-url"))
			.secret(options.get("secret"));
		if (options.containsKey("workflow-step")) {
			builder.workflowStep(Durations.parse(options.get("workflow-step")));
		}
		if (options.containsKey("slow-delay")) {
			builder.slowDelay(Durations.parse(options.get("slow-delay")));
		}
		EdmsSimulator simulator = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		System.out.println("EDMS simulator at " + simulator.url() + (options.containsKey("portal-url")
				? ", reporting to " + options.get("portal-url") + PortalWebhook.PATH : ", not calling any portal (poll it)"));
		System.out.println("Control: GET " + simulator.url() + "/_sim/documents, POST /_sim/mode {\"mode\":\"down\"}, "
				+ "POST /_sim/documents/{number}/answer {\"text\":\"...\"}");
		try {
			Thread.currentThread().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("usage: java -jar edms-simulator.jar --port=8090 --portal-url=http://localhost:8080 "
				+ "--secret=S [--workflow-step=2m] [--slow-delay=30s]");
		System.exit(2);
	}

}
