package ru.vmeste.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * One GreenMail SMTP server per test JVM; every test context sends its mail there. Tests
 * read what arrived with {@link #messagesTo(String)}.
 */
public final class TestMailServer implements ContextCustomizerFactory {

	private static final GreenMail server = start();

	private static GreenMail start() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	public static List<MimeMessage> messagesTo(String recipient) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> isTo(message, recipient)).toList();
	}

	/** The first link in the newest mail to the recipient, waiting up to ten seconds for it to arrive. */
	public static String linkInMailTo(String recipient) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> messagesTo(recipient).stream().map(TestMailServer::firstLink).flatMap(Optional::stream)
				.reduce((older, newer) -> newer), Optional::isPresent)
			.orElseThrow();
	}

	/** The first link of each mail to the recipient, in the order they arrived (mails sent on threads of their own may arrive in either order). */
	public static List<String> linksInMailsTo(String recipient) {
		return messagesTo(recipient).stream().map(TestMailServer::firstLink).flatMap(Optional::stream).toList();
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> firstLink(MimeMessage message) {
		try {
			Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(String.valueOf(message.getContent()));
			return link.find() ? Optional.of(link.group(1).replace("&amp;", "&")) : Optional.empty();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static GreenMail server() {
		return server;
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
		return new MailProperties();
	}

	/** Points spring.mail at the test server; equal for all contexts, so they stay cached. */
	private record MailProperties() implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration merged) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("greenmail", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port",
						server.getSmtp().getPort(), "spring.mail.protocol", "smtp")));
		}

	}

}
