package ru.vmeste.support;

import java.util.Map;

import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The browser's network switched off and on through the Chrome DevTools Protocol, as DevTools'
 * "Offline" does: requests fail at once and {@code navigator.onLine} turns false.
 */
public final class Network {

	private Network() {
	}

	public static void offline(Browser browser) {
		conditions(browser, true);
	}

	public static void online(Browser browser) {
		conditions(browser, false);
	}

	private static void conditions(Browser browser, boolean offline) {
		ChromiumDriver driver = (ChromiumDriver) browser.driver();
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

}
