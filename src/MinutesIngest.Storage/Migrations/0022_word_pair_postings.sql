-- Issue 14: phrase trends. A trend of a two-word phrase ("street lighting" by year) read every item and action holding
-- both words and checked the words' positions in each: 76,221 matching items over 100,000 meetings, 64,686 heap pages,
-- ~300 ms. Here each pair of adjacent words (as the stored search vectors place them: the second word one position after
-- the first, stop words counting as positions) lists the meetings using it and in how many of their items, packed in
-- arrays as meeting_term_postings packs single words. Then the meetings holding a two-word phrase come from a few dozen
-- rows (50 for a pair used in 56,000 of 100,000 meetings), and a longer phrase is checked only in the meetings holding
-- all of its pairs.
CREATE TABLE meeting_pair_postings (
    first       text       NOT NULL,
    second      text       NOT NULL,   -- the lexeme one position after first
    -- A pair's meetings fill rows of about 1,024 in turn (the last row grows until it holds that many), not one row per
    -- range of meeting ids as a word's do: most pairs are rare, and a row per id range held ~6 meetings at ~150 bytes of
    -- row overhead (1 GB for 100,000 meetings).
    seq         integer    NOT NULL,
    entries     integer    NOT NULL,   -- cardinality(meeting_ids), read without unpacking the arrays
    meeting_ids bigint[]   NOT NULL,
    item_counts smallint[] NOT NULL,   -- per meeting, how many of its items hold the pair (0: only its actions do)
    PRIMARY KEY (first, second, seq)
);
COMMENT ON TABLE meeting_pair_postings IS 'Per pair of english-stemmed lexemes at adjacent positions of items.search/actions.search, the meetings using it; built by MeetingPairIndex after each ingest. Ids of deleted meetings linger until a rebuild; queries join meetings.';

-- Meetings whose pairs are not posted yet: a phrase trend reads these from items and actions directly, so it is exact at
-- any time. Every meeting stored before this migration starts here; the next ingest (or db reindex) posts them.
ALTER TABLE meetings ADD COLUMN pairs_indexed boolean NOT NULL DEFAULT false;
CREATE INDEX meetings_pairs_pending_idx ON meetings (id) WHERE NOT pairs_indexed;

-- How many meetings were ever posted since the last rebuild: beside those still present, how much belongs to deleted ones.
ALTER TABLE meeting_term_index_state ADD COLUMN pairs_posted bigint NOT NULL DEFAULT 0;
