-- After a rehearsal the organizer resets the live ceremony; the event log is kept, and the
-- timeline and actual times count only events after the last reset (state version > since_version).
ALTER TABLE ceremony_run ADD COLUMN since_version BIGINT NOT NULL DEFAULT 0;
