-- Issue 12: an action is carried forward by later meetings of the same committee of the same body, not by any later
-- meeting of the body. series_key (0010) was the body name alone, so a Planning Committee meeting that reported an
-- action "done" closed an action of the Full Council. The key is now the resolved body and its series (0014); a
-- meeting with no body keeps the old key read from its title; one with neither body nor title still has none.
-- Dropping the column drops its index; both are made again over the new expression.
ALTER TABLE meetings DROP COLUMN series_key;
ALTER TABLE meetings ADD COLUMN series_key text GENERATED ALWAYS AS (
    left(btrim(regexp_replace(regexp_replace(lower(coalesce(
            nullif(btrim(body), '') || coalesce(' ' || nullif(btrim(series), ''), ''),
            title, '')),
        '\m(\d+(st|nd|rd|th)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|held|on|of|the)\M|[^[:alnum:]]+',
        ' ', 'g'), '\s+', ' ', 'g')), 200)) STORED;
CREATE INDEX meetings_series_date_idx ON meetings (series_key, meeting_date);
COMMENT ON COLUMN meetings.series_key IS 'The resolved body and its committee series (else the title) without dates, day and month names, numbers and linking words: the meetings of one series, for carried-forward actions.';
