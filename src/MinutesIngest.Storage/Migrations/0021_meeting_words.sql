-- Issue 14: an action's progress (carried forward, done, open) compares it with every later meeting of its series, and
-- each comparison read the meeting's ~9 items and ~3 actions: ~4 ms an action in a series of 300 meetings, 0.5 s for a
-- list of 100 actions from ten years back. A meeting's word set — every lexeme of its items' and actions' search
-- vectors, without positions — lets the comparison skip, in one check, the meetings lacking one of the action's words.
-- Written by MeetingTermIndex with the meeting's postings (from the same words); meetings indexed before this migration
-- get theirs from its backfill. A meeting without a row is compared row by row, as before.
CREATE TABLE meeting_words (
    meeting_id bigint   PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    words      tsvector NOT NULL
);
COMMENT ON TABLE meeting_words IS 'Per meeting, the lexemes of its items.search and actions.search (stripped): a meeting lacking a word of a query holds no row matching it.';

ALTER TABLE meeting_term_index_state ADD COLUMN words_backfilled boolean NOT NULL DEFAULT false;
UPDATE meeting_term_index_state SET words_backfilled = NOT EXISTS (SELECT 1 FROM meetings WHERE terms_indexed);
