-- The moderators' queue: one item per piece of content a module asked to moderate, with the
-- results of the automatic checks. The author is an identity user id only.
create table moderation_items (
    id            uuid primary key,
    kind          text not null,
    subject_id    text not null,
    author_id     uuid not null,
    title_ru      text,
    title_en      text,
    text          text not null,
    link          text,
    state         text not null,
    profanity     jsonb not null default '[]',
    spam          jsonb not null default '[]',
    similar_items jsonb not null default '[]',
    flagged       boolean not null,
    requested_at  timestamptz not null,
    decided_at    timestamptz,
    unique (kind, subject_id)
);
create index moderation_items_queue_idx on moderation_items (state, kind, requested_at);
create index moderation_items_flagged_idx on moderation_items (state, flagged, requested_at);
create index moderation_items_author_idx on moderation_items (author_id, requested_at);
-- the same text submitted again by its author
create index moderation_items_text_trgm_idx on moderation_items using gin (text gin_trgm_ops);

-- Every decision: who (null when published automatically), when, why.
create table moderation_decisions (
    id           bigint generated always as identity primary key,
    item_id      uuid not null references moderation_items (id),
    decision     text not null,
    reason       text,
    edited_text  text,
    duplicate_of text,
    decided_by   uuid,
    decided_at   timestamptz not null
);
create index moderation_decisions_item_idx on moderation_decisions (item_id);

-- Reasons moderators pick from when they reject; moderators edit them.
create table moderation_reasons (
    id         uuid primary key,
    text_ru    text not null,
    text_en    text not null,
    sort_order int not null,
    active     boolean not null default true
);
insert into moderation_reasons (id, text_ru, text_en, sort_order) values
  ('7b3f0c52-3d0e-4a53-9d1f-0a4a0a000001', 'Текст содержит нецензурные или оскорбительные выражения.', 'The text contains obscene or offensive language.', 10),
  ('7b3f0c52-3d0e-4a53-9d1f-0a4a0a000002', 'Сообщение не описывает городскую проблему.', 'The message does not describe a problem in the city.', 20),
  ('7b3f0c52-3d0e-4a53-9d1f-0a4a0a000003', 'Сообщение похоже на рекламу или спам.', 'The message looks like advertising or spam.', 30),
  ('7b3f0c52-3d0e-4a53-9d1f-0a4a0a000004', 'Недостаточно сведений: уточните место и суть проблемы.', 'Not enough details: describe the place and the problem.', 40),
  ('7b3f0c52-3d0e-4a53-9d1f-0a4a0a000005', 'Сообщение содержит персональные данные третьих лиц.', 'The message contains other people''s personal data.', 50);
