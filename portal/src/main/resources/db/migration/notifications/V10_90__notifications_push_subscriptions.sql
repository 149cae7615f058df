-- Web Push: the devices (browser push subscriptions) on which a person turned notifications on.
create table notifications_push_subscriptions (
    endpoint   text primary key,
    user_id    uuid not null,
    p256dh     text not null,
    auth       text not null,
    created_at timestamptz not null
);
create index notifications_push_subscriptions_user on notifications_push_subscriptions (user_id);
