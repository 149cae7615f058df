package ru.vmeste.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail; the keys keep the place they were published under,
 * {@code vmeste.mail}. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every mail
 * @param capture whether to keep a copy of every mail for administrators at /admin/mail (the demo;
 * off in production)
 * @param digestCron when the daily digests go out (and on Mondays the weekly ones), a cron
 * expression in the region's time zone
 * @param unsubscribeLinksKept how long the unsubscribe link of a mail keeps working; older links
 * are forgotten every night (the person can still choose on their notifications page)
 */
@ConfigurationProperties("vmeste.mail")
public record NotificationsSettings(@DefaultValue("Вместе <noreply@vmeste.local>") String from, boolean capture,
		@DefaultValue("0 0 8 * * *") String digestCron, @DefaultValue("180d") Duration unsubscribeLinksKept) {
}
