package ru.vmeste.notifications.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.notifications.internal.PushSubscriptions;
import ru.vmeste.notifications.internal.WebPushSender;

/**
 * Turning Web Push on and off for one device, from the signed-in person's profile page (the
 * browser's PushSubscription as JSON); the key browsers subscribe with is public.
 */
@RestController
class PushController {

	/** A browser's PushSubscription (its JSON form). */
	record DeviceSubscription(@NotBlank @Size(max = 1000) @Pattern(regexp = "https?://.+") String endpoint,
			@Valid Keys keys) {

		/** The subscription's encryption keys, base64url. */
		record Keys(@NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {
		}

	}

	/** Which device to turn off. */
	record Device(@NotBlank @Size(max = 1000) String endpoint) {
	}

	private final PushSubscriptions subscriptions;

	private final WebPushSender sender;

	PushController(PushSubscriptions subscriptions, WebPushSender sender) {
		this.subscriptions = subscriptions;
		this.sender = sender;
	}

	@GetMapping("/push/key")
	Map<String, String> key() {
		return Map.of("publicKey", sender.publicKey());
	}

	@PostMapping("/push/subscriptions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void subscribe(@Valid @RequestBody DeviceSubscription device, @AuthenticationPrincipal PortalUser user) {
		subscriptions.subscribe(user.id(), new PushSubscriptions.Subscription(device.endpoint(), device.keys().p256dh(),
				device.keys().auth()));
	}

	@DeleteMapping("/push/subscriptions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(@Valid @RequestBody Device device, @AuthenticationPrincipal PortalUser user) {
		subscriptions.unsubscribe(user.id(), device.endpoint());
	}

}
