-- Issue 14: after each run the twin merger read every meeting that shares a date with another, with its item titles and
-- attendees: in an archive of 100,000 meetings nearly all of them, held in the ingest's memory at once (peak RSS grew
-- from 118 to 505 MiB with the archive) and read again by every later run. Meetings now carry whether the merger has
-- compared them; it reads only the dates (and undated titles) of meetings not yet compared, a few dates at a time.
-- Existing meetings start unchecked, so the first run after this migration compares the archive once.
ALTER TABLE meetings ADD COLUMN twins_checked boolean NOT NULL DEFAULT false;
CREATE INDEX meetings_twins_unchecked_idx ON meetings (meeting_date) WHERE NOT twins_checked;
COMMENT ON COLUMN meetings.twins_checked IS 'The twin merger has compared this meeting with the others of its date (or, undated, of its title).';
