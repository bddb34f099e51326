-- Issue 17: what importers and analysts hit.

-- A run stopped by Ctrl-C is recorded with the files it finished; files counts every file it was given.
ALTER TABLE ingest_runs ADD COLUMN interrupted boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN ingest_runs.interrupted IS 'The run was stopped (SIGINT) before every file had an outcome; files is what it was given, the counts what it finished.';

-- The series a meeting belongs to: its body name (body, else title: body_name, which a generated column cannot read) without dates, numbers and ordinals, so "Parish Council 3rd March 2020"
-- and "Parish Council 7 April 2020" are one series (most titles carry the date). An action is carried forward, and
-- reported done, by later meetings of the same series (ActionProgressSql).
-- Cut to 200 characters: it is indexed, and a title can be longer than an index row.
ALTER TABLE meetings ADD COLUMN series_key text GENERATED ALWAYS AS (
    left(btrim(regexp_replace(regexp_replace(lower(coalesce(nullif(btrim(body), ''), title, '')),
        '\m(\d+(st|nd|rd|th)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|held|on|of|the)\M|[^[:alnum:]]+',
        ' ', 'g'), '\s+', ' ', 'g')), 200)) STORED;
CREATE INDEX meetings_series_date_idx ON meetings (series_key, meeting_date);
COMMENT ON COLUMN meetings.series_key IS 'body_name without dates, day and month names, numbers and linking words: the meetings of one series, for carried-forward actions.';
