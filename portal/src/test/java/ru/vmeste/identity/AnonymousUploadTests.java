package ru.vmeste.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload from someone not signed in is refused before its body is read: the request below
 * announces 10 MB of multipart and sends only its first kilobyte, then waits. Were the body
 * parsed first (to find a CSRF token or the limits), the server would sit waiting for the rest;
 * the refusal comes at once instead — a 401 problem on the API, the sign-in page on the web.
 */
@PortalTest
class AnonymousUploadTests {

	private static final String BOUNDARY = "vmeste-test-boundary";

	private static final int ANNOUNCED = 10 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void theApiAnswers401WithoutWaitingForTheBody() throws IOException {
		String head = send("/api/v1/appeals/" + UUID.randomUUID() + "/photos", "application/json");
		assertThat(head).startsWith("HTTP/1.1 401").containsIgnoringCase("content-type: application/problem+json");
	}

	@Test
	void theFormIsSentToSignInWithoutWaitingForTheBody() throws IOException {
		String head = send("/appeals", "text/html");
		assertThat(head).startsWith("HTTP/1.1 302").containsPattern("(?i)location: \\S*/login");
	}

	/** Sends the head and the first kilobyte of an upload and reads the answer's head. */
	private String send(String path, String accept) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: " + accept
					+ "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + ANNOUNCED
					+ "\r\n\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
					+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[1024]);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int next = in.read();
				if (next < 0) {
					break;
				}
				head.append((char) next);
			}
			return head.toString();
		}
	}

}
