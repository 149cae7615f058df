-- the nightly job forgets unsubscribe links older than vmeste.mail.unsubscribe-links-kept
create index notifications_unsubscribe_links_created on notifications_unsubscribe_links (created_at);
