-- How each organization receives its appeals (PORTAL, EDMS, EMAIL); no row = the portal's inbox
create table organizations_delivery_channels (
    organization_id uuid primary key references organizations_organizations (id),
    channel         text not null check (channel in ('PORTAL', 'EDMS', 'EMAIL')),
    chosen_at       timestamptz not null
);
create index organizations_delivery_channels_channel_idx on organizations_delivery_channels (channel);
