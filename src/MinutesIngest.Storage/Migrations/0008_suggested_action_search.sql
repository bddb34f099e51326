-- Issue 7: `minutes actions --suggested` takes the filters of `minutes actions`, so suggested actions get the same
-- word search column and owner/due indexes as actions (0001, 0002); ActionListSql's expressions must stay identical.
ALTER TABLE suggested_actions ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(text, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(owner, '') || ' ' || coalesce(owner_name, '')), 'B')) STORED;
CREATE INDEX suggested_actions_search_idx ON suggested_actions USING gin (search);
CREATE INDEX suggested_actions_due_idx ON suggested_actions (due) WHERE due IS NOT NULL;
CREATE INDEX suggested_actions_owner_words_idx ON suggested_actions
    USING gin (to_tsvector('simple', translate(coalesce(owner, '') || ' ' || coalesce(owner_name, ''), '/&,;', '    ')));
-- Listing newest meeting first joins on meeting_id: served by UNIQUE (meeting_id, position) of 0005.
