-- An answer may come from the organization rather than one of its officials in the portal: from
-- its document system (EDMS) or an import of appeals with their past.
alter table reports_answers alter column official_id drop not null;
