package ru.vmeste.notifications.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.notifications.PushSettings;

/**
 * Sends Web Push messages (RFC 8030) encrypted for the device (RFC 8291, aes128gcm) and signed
 * with the portal's VAPID key (RFC 8292), through {@code com.interaso:webpush}.
 */
@Component
public class WebPushSender {

	private static final Logger log = LoggerFactory.getLogger(WebPushSender.class);

	private final WebPush push;

	private final PushSubscriptions subscriptions;

	private final JsonMapper json;

	private final int ttl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	WebPushSender(PushSettings settings, PushSubscriptions subscriptions, JsonMapper json) {
		VapidKeys keys;
		if (settings.publicKey().isBlank() || settings.privateKey().isBlank()) {
			keys = VapidKeys.generate();
			log.warn("vmeste.push keys are not set: made a VAPID key pair for this run (devices subscribe again after a restart)");
		}
		else {
			keys = VapidKeys.fromUncompressedBytes(settings.publicKey(), settings.privateKey());
		}
		this.push = new WebPush(settings.subject(), keys);
		this.subscriptions = subscriptions;
		this.json = json;
		this.ttl = settings.ttl();
	}

	/** The application server key browsers subscribe with: the public key, base64url. */
	public String publicKey() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(push.getVapidKeys().getApplicationServerKey());
	}

	/** Sends the message to the device; forgets devices the push service no longer knows. */
	void send(PushSubscriptions.Subscription device, Map<String, Object> message) {
		try {
			byte[] body = push.getBody(json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8),
					Base64.getUrlDecoder().decode(device.p256dh()), Base64.getUrlDecoder().decode(device.auth()));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(device.endpoint()))
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			push.getHeadersWithToken(device.endpoint(), ttl, null, WebPush.Urgency.Normal).forEach(request::header);
			int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status == 404 || status == 410) {
				subscriptions.gone(device.endpoint());
			}
			else if (status >= 400) {
				log.warn("Push service answered {} for a device", status);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// one device's failure (offline push service, broken keys) must not stop the others
			log.warn("Push to a device failed: {}", ex.toString());
		}
	}

}
