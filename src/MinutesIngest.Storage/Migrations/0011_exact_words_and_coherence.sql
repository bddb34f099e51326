-- Issue 17: exact-word search and topic coherence.

-- Search stems words ('english'), so "planning" also finds "plan". `=planning` or --exact looks words up as written
-- (lower-cased, unstemmed: the 'simple' configuration) in these columns, weighted as the stemmed ones and indexed the
-- same way so an exact search costs what a stemmed one does.
ALTER TABLE items ADD COLUMN search_exact tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED;
CREATE INDEX items_search_exact_idx ON items USING gin (search_exact);

ALTER TABLE actions ADD COLUMN search_exact tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(text, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(owner, '') || ' ' || coalesce(owner_name, '')), 'B')) STORED;
CREATE INDEX actions_search_exact_idx ON actions USING gin (search_exact);

COMMENT ON COLUMN items.search_exact IS 'Unstemmed words (simple configuration) of title (A) and body (B): exact-word search (=word, --exact).';
COMMENT ON COLUMN actions.search_exact IS 'Unstemmed words (simple configuration) of the action text (A) and owner (B): exact-word search.';

-- A topic's coherence: the mean NPMI of its top terms' pairs over the items (document co-occurrence), -1 to 1; the
-- build records the settings it chose and the mean coherence they reached.
ALTER TABLE topics ADD COLUMN coherence real;
ALTER TABLE topic_builds ADD COLUMN mean_coherence real;
ALTER TABLE topic_builds ADD COLUMN settings text;
