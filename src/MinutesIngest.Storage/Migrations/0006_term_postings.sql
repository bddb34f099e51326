-- A meeting-level inverted index for trends (issue 4). A trend counts, per period, the meetings whose items or actions
-- hold a word and how many items do. Read from the GIN indexes of items and actions, that costs one heap visit per
-- matching row — for a common word ~180,000 visits over 100,000 meetings, 400 ms and more. Here each word lists the
-- meetings that use it and in how many of their items, packed in arrays of up to 1,024 meetings (a packed list costs
-- ~10 bytes a meeting; a row per word and meeting cost ~100 with its index). A one-word trend reads a few hundred rows.
CREATE TABLE meeting_term_postings (
    lexeme      text       NOT NULL,
    chunk       integer    NOT NULL,   -- meeting_id / 1024: only the newest chunk of a word grows when meetings are added
    meeting_ids bigint[]   NOT NULL,
    item_counts smallint[] NOT NULL,   -- per meeting, how many of its items hold the word (0: only its actions do)
    PRIMARY KEY (lexeme, chunk)
);
COMMENT ON TABLE meeting_term_postings IS 'Per word (an english-stemmed lexeme of items.search/actions.search), the meetings using it; built by MeetingTermIndex after each ingest. Ids of deleted meetings linger until a rebuild; queries join meetings.';

-- Meetings not yet in the postings: a trend reads these from items and actions directly, so it is exact at any time.
ALTER TABLE meetings ADD COLUMN terms_indexed boolean NOT NULL DEFAULT false;
CREATE INDEX meetings_terms_pending_idx ON meetings (id) WHERE NOT terms_indexed;

-- How many meetings were ever added to the postings since the last rebuild; beside the count of indexed meetings still
-- present, it says how much of the postings belongs to deleted (replaced, reparsed) meetings.
CREATE TABLE meeting_term_index_state (
    singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    meetings_posted bigint  NOT NULL DEFAULT 0
);
INSERT INTO meeting_term_index_state DEFAULT VALUES;

-- The month a meeting falls in, for trends: grouping 100,000 meetings on a stored month instead of computing
-- date_trunc per row per query; quarters and years are rolled up from the months.
ALTER TABLE meetings ADD COLUMN meeting_month date GENERATED ALWAYS AS (date_trunc('month', meeting_date::timestamp)::date) STORED;

-- Per word and month, how many meetings (indexed, with a date) use it and in how many items: a one-word trend over all
-- bodies and dates is read from here, a few hundred rows, instead of joining ~90,000 postings to 100,000 meetings.
-- Kept exact: MeetingTermIndex adds a meeting's words when it indexes it, the batch writer takes them away before it
-- deletes an indexed meeting (both under one advisory lock).
CREATE TABLE term_months (
    lexeme   text    NOT NULL,
    month    date    NOT NULL,
    meetings integer NOT NULL,
    items    integer NOT NULL,
    PRIMARY KEY (lexeme, month) INCLUDE (meetings, items)
);
-- Meetings held per month, read by an index-only scan.
CREATE INDEX meetings_month_idx ON meetings (meeting_month);

-- Distinct body names by a skip scan (TrendQuery), and meetings per body and month read from the index alone.
CREATE INDEX meetings_body_month_idx ON meetings ((coalesce(body_name, '')), meeting_month);
