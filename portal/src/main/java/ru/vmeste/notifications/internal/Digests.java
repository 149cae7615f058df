package ru.vmeste.notifications.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.notifications.MailMode;
import ru.vmeste.platform.PlatformSettings;

/**
 * Sends the digests every morning ({@code vmeste.mail.digest-cron}, in the region's time): each
 * person with waiting mails gets one daily digest listing all of them, and on Mondays one weekly
 * digest. Each person's digest is sent and its mails removed in one transaction, so a crash
 * loses none and a failed delivery is tried again the next time.
 */
@Component
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final DigestQueue queue;

	private final Mailer mailer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final PlatformSettings platform;

	Digests(DigestQueue queue, Mailer mailer, PlatformTransactionManager transactions, Clock clock,
			PlatformSettings platform) {
		this.queue = queue;
		this.mailer = mailer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.platform = platform;
	}

	@Scheduled(cron = "${vmeste.mail.digest-cron:0 0 8 * * *}", zone = "${vmeste.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "notifications-digests", lockAtLeastFor = "5m", lockAtMostFor = "1h")
	public void run() {
		send(MailMode.DAILY);
		if (clock.instant().atZone(platform.timeZone()).getDayOfWeek() == DayOfWeek.MONDAY) {
			send(MailMode.WEEKLY);
		}
	}

	/** Sends every waiting digest of the mode; answers how many. */
	public int send(MailMode mode) {
		int sent = 0;
		List<UserId> waiting = queue.waiting(mode);
		while (!waiting.isEmpty()) {
			int before = sent;
			for (UserId user : waiting) {
				try {
					Boolean done = transaction.execute(status -> {
						List<DigestQueue.Item> items = queue.take(user, mode);
						if (items.isEmpty()) {
							return false;
						}
						mailer.sendDigest(user, mode, items);
						queue.sent(items);
						return true;
					});
					if (Boolean.TRUE.equals(done)) {
						sent++;
					}
				}
				catch (RuntimeException ex) {
					log.warn("The {} digest of {} was not sent; its mails wait for the next run", mode, user, ex);
				}
			}
			if (sent == before) {
				break; // the rest is another instance's, or failed
			}
			waiting = queue.waiting(mode);
		}
		return sent;
	}

}
