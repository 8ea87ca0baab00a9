-- A command about one recipient (present, absent, on behalf, on stage) is checked against the
-- version at which that recipient last changed, not the whole ceremony's version.
ALTER TABLE ceremony_recipient ADD COLUMN changed_at_version BIGINT NOT NULL DEFAULT 0;
-- Rows stored before: as strict as before, a command must have seen the ceremony's current version.
UPDATE ceremony_recipient
   SET changed_at_version = (SELECT r.state_version FROM ceremony_run r WHERE r.id = ceremony_recipient.run_id);
