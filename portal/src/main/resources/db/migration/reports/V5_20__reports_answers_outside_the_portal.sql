-- An organization may answer outside the portal (in its document management system, or through
-- a letter's reply link): such an answer has no official of the portal
alter table reports_answers alter column official_id drop not null;
