-- Search, trends and action lists (issue 4).

-- The name a meeting is filed under. The contract sets body only when it is printed apart from the title, so most
-- meetings have none; filtering and grouping by body fall back to the title. Stored, not computed per query, so the
-- trend query groups on a plain column. No index: --body matches a substring, which a b-tree cannot serve, and
-- meetings are few beside items.
ALTER TABLE meetings ADD COLUMN body_name text GENERATED ALWAYS AS (coalesce(nullif(btrim(body), ''), title)) STORED;
COMMENT ON COLUMN meetings.body_name IS 'body when the document prints one, else the title: what --body filters and trends group by.';

-- Action lists: overdue (due < today) is a range on due; each listed action looks up the item it sits under by number.
-- (meeting_id alone is served by the UNIQUE (meeting_id, position) indexes of 0001.)
CREATE INDEX actions_due_idx ON actions (due) WHERE due IS NOT NULL;
-- --owner matches whole words of the owner, or of the attendee the owner stands for (ActionQuery: same expressions).
CREATE INDEX actions_owner_words_idx ON actions
    USING gin (to_tsvector('simple', translate(coalesce(owner, '') || ' ' || coalesce(owner_name, ''), '/&,;', '    ')));
CREATE INDEX attendees_words_idx ON attendees
    USING gin (to_tsvector('simple', translate(name || ' ' || coalesce(role, '') || ' ' || coalesce(abbreviation, ''), '/&,;', '    ')));
CREATE INDEX items_meeting_number_idx ON items (meeting_id, number);

-- Search for a common word ranks only the newest matches, found by walking meetings newest first (see SearchQuery).
CREATE INDEX meetings_newest_idx ON meetings (meeting_date DESC NULLS LAST, id DESC);
