/**
 * Notifications: e-mails to residents and officials, sent in reaction to other modules'
 * events, in the recipient's language.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.notifications;
