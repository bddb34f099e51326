-- Issue 7 (ML): topics fitted by `minutes topics build` and suggested actions found by the commitment classifier.

-- The topic build in force. A rebuild replaces it and every topic row; ingest never refits, so an item stored
-- after the build has no topic weights until the next build.
CREATE TABLE topic_builds (
    id           integer PRIMARY KEY CHECK (id = 1),
    built_at     timestamptz      NOT NULL DEFAULT now(),
    topic_count  integer          NOT NULL,
    items        integer          NOT NULL,
    include_body boolean          NOT NULL,
    seed         integer          NOT NULL,
    fit_seconds  double precision NOT NULL
);

CREATE TABLE topics (
    number       integer PRIMARY KEY,
    label        text    NOT NULL,
    terms        text[]  NOT NULL,
    term_weights real[]  NOT NULL
);

-- Only weights of at least 0.05 are kept: the rest of an item's mix is noise and would multiply the rows by the topic count.
CREATE TABLE item_topics (
    item_id bigint  NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    topic   integer NOT NULL REFERENCES topics (number) ON DELETE CASCADE,
    weight  real    NOT NULL CHECK (weight > 0 AND weight <= 1.0001),
    PRIMARY KEY (item_id, topic)
);
CREATE INDEX item_topics_topic_idx ON item_topics (topic, weight DESC);

-- Unmarked commitments ("The Clerk will write to …"); kept apart from actions, which stay explicit.
CREATE TABLE suggested_actions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    item_number text,
    text        text    NOT NULL,
    owner       text,
    owner_name  text,
    due         date,
    confidence  real    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    UNIQUE (meeting_id, position)
);

COMMENT ON TABLE topics IS 'LDA topics of the last `minutes topics build`: a label made from the top terms, the terms and their weights.';
COMMENT ON TABLE item_topics IS 'Each item''s share of each topic (weights >= 0.05 only) from the last topic build.';
COMMENT ON TABLE suggested_actions IS 'Commitments recorded without an action marker, found by the suggested-action classifier, with its confidence (0-1).';
