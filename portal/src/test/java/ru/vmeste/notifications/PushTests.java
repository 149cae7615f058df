package ru.vmeste.notifications;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Web Push as a browser and a push service see it: the device subscribes with the portal's VAPID
 * key; a status change of the resident's appeal reaches a stand-in push service on this machine
 * signed with that key and encrypted so that only the device can read it (decrypted here as the
 * browser would, RFC 8291); a device turned off, or gone at the push service, gets nothing more.
 */
@PortalTest
class PushTests {

	/** A request the stand-in push service received. */
	record Delivery(String path, Map<String, List<String>> headers, byte[] body) {
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JsonMapper json;

	HttpServer pushService;

	final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

	@BeforeEach
	void startPushService() throws IOException {
		pushService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		pushService.createContext("/", exchange -> {
			deliveries.add(new Delivery(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
					exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/gone") ? 410 : 201, -1);
			exchange.close();
		});
		pushService.start();
	}

	@AfterEach
	void stopPushService() {
		pushService.stop(0);
	}

	@Test
	void aStatusChangeReachesTheDeviceSignedAndEncryptedForItAlone() throws Exception {
		String publicKey = mvc.get().uri("/push/key").exchange().getResponse().getContentAsString();
		String vapidKey = json.readTree(publicKey).get("publicKey").asString();
		assertThat(Base64.getUrlDecoder().decode(vapidKey)).hasSize(65).startsWith((byte) 4);

		KeyPair device = p256();
		byte[] auth = new byte[16];
		new SecureRandom().nextBytes(auth);
		String endpoint = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/device/" + System.nanoTime();
		RequestPostProcessor resident = SignedIn.as(DemoAccounts.RESIDENT);
		assertThat(mvc.post().uri("/push/subscriptions").with(resident).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(subscription(endpoint, device, auth))).hasStatus(HttpStatus.NO_CONTENT);

		String appeal = Reporting.report(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
				Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), "Яма, уведомление на телефон");
		Delivery delivery = next(endpoint);
		assertThat(delivery.headers().get("Authorization").getFirst()).startsWith("vapid t=").contains("k=" + vapidKey);
		assertThat(delivery.headers().get("Content-encoding")).containsExactly("aes128gcm");
		assertThat(delivery.headers()).containsKey("Ttl");
		JsonNode message = json.readTree(decrypt(delivery.body(), device, auth));
		assertThat(message.get("title").asString()).startsWith("Обращение № ");
		assertThat(message.get("body").asString()).isEqualTo("На модерации");
		assertThat(message.get("url").asString()).isEqualTo("/appeals/" + appeal);

		assertThat(mvc.delete().uri("/push/subscriptions").with(resident).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpoint\":\"" + endpoint + "\"}")).hasStatus(HttpStatus.NO_CONTENT);
		Reporting.report(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма, устройство выключено");
		assertThat(deliveries.poll(3, TimeUnit.SECONDS)).as("nothing after turning off").isNull();
	}

	@Test
	void onlyTheSignedInTurnDevicesOn() throws Exception {
		KeyPair device = p256();
		String body = subscription("http://127.0.0.1:1/device", device, new byte[16]);
		assertThat(mvc.post().uri("/push/subscriptions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/push/subscriptions").with(SignedIn.as(DemoAccounts.RESIDENT))
			.contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/push/subscriptions").with(SignedIn.as(DemoAccounts.RESIDENT)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"endpoint\":\"file:///etc/passwd\",\"keys\":{\"p256dh\":\"a\",\"auth\":\"b\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private Delivery next(String endpoint) throws InterruptedException {
		String path = endpoint.substring(endpoint.indexOf("/device/"));
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			Delivery delivery = deliveries.poll(1, TimeUnit.SECONDS);
			if (delivery != null && delivery.path().equals(path)) {
				return delivery;
			}
		}
		throw new AssertionError("No push reached " + path);
	}

	private static String subscription(String endpoint, KeyPair device, byte[] auth) {
		return "{\"endpoint\":\"%s\",\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}".formatted(endpoint,
				base64(uncompressed((ECPublicKey) device.getPublic())), base64(auth));
	}

	/** RFC 8291 as the browser reads it: ECDH with the sender's key in the header, HKDF, AES-128-GCM. */
	private static String decrypt(byte[] message, KeyPair device, byte[] auth) throws Exception {
		ByteBuffer buffer = ByteBuffer.wrap(message);
		byte[] salt = new byte[16];
		buffer.get(salt);
		buffer.getInt();
		byte[] senderKey = new byte[buffer.get() & 0xff];
		buffer.get(senderKey);
		byte[] ciphertext = new byte[buffer.remaining()];
		buffer.get(ciphertext);

		KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
		agreement.init(device.getPrivate());
		agreement.doPhase(publicKey(senderKey, (ECPublicKey) device.getPublic()), true);
		byte[] shared = agreement.generateSecret();
		byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
				uncompressed((ECPublicKey) device.getPublic()), senderKey);
		byte[] ikm = hkdf(auth, shared, keyInfo, 32);
		byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
		byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
		byte[] padded = cipher.doFinal(ciphertext);
		int end = padded.length - 1;
		while (padded[end] == 0) {
			end--;
		}
		assertThat(padded[end]).as("the last record's delimiter").isEqualTo((byte) 2);
		return new String(padded, 0, end, StandardCharsets.UTF_8);
	}

	private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(salt, "HmacSHA256"));
		byte[] prk = mac.doFinal(ikm);
		mac.init(new SecretKeySpec(prk, "HmacSHA256"));
		mac.update(info);
		mac.update((byte) 1);
		return Arrays.copyOf(mac.doFinal(), length);
	}

	private static KeyPair p256() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static byte[] uncompressed(ECPublicKey key) {
		return concat(new byte[] { 4 }, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
	}

	private static ECPublicKey publicKey(byte[] uncompressed, ECPublicKey sameCurve) throws Exception {
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
		return (ECPublicKey) KeyFactory.getInstance("EC")
			.generatePublic(new ECPublicKeySpec(point, sameCurve.getParams()));
	}

	private static byte[] fixed(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] out = new byte[32];
		int copy = Math.min(32, bytes.length);
		System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
		return out;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer all = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			all.put(part);
		}
		return all.array();
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
