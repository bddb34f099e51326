-- One row per file ever ingested: its identity (path + SHA-256 of the bytes) and its final status.
CREATE TABLE documents (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path           text        NOT NULL UNIQUE,
    sha256         text,        -- hex SHA-256 of the bytes; NULL when the file could not be read
    format         text,
    size_bytes     bigint      NOT NULL,
    pages          integer,
    parser_version integer     NOT NULL,
    status         text        NOT NULL CHECK (status IN ('stored', 'failed')),
    error_reason   text,
    error_message  text,
    ingested_at    timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'failed') = (error_reason IS NOT NULL))
);
CREATE INDEX documents_status_idx ON documents (status);
CREATE INDEX documents_parser_version_idx ON documents (parser_version);

-- The meeting a stored document records (one per document).
CREATE TABLE meetings (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       bigint NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    body              text,
    title             text,
    meeting_date      date,
    start_time        time,
    venue             text,
    chair             text,
    minute_taker      text,
    next_meeting_date date,
    next_meeting_time time
);
CREATE INDEX meetings_meeting_date_idx ON meetings (meeting_date);
CREATE INDEX meetings_body_idx ON meetings (body);

CREATE TABLE attendees (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   bigint  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    name         text    NOT NULL,
    role         text,
    abbreviation text,
    status       text    NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'in_attendance')),
    UNIQUE (meeting_id, position)
);
CREATE INDEX attendees_name_idx ON attendees (lower(name));

CREATE TABLE items (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id bigint  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    number     text    NOT NULL,
    title      text,
    body       text    NOT NULL DEFAULT '',
    -- The title outranks the body so a word in an item's heading scores above a passing mention.
    search     tsvector GENERATED ALWAYS AS (
                   setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                   setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED,
    UNIQUE (meeting_id, position)
);
CREATE INDEX items_search_idx ON items USING gin (search);

CREATE TABLE actions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    item_number text,
    text        text    NOT NULL,
    owner       text,
    owner_name  text,
    due         date,
    search      tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(text, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(owner, '') || ' ' || coalesce(owner_name, '')), 'B')) STORED,
    UNIQUE (meeting_id, position)
);
CREATE INDEX actions_search_idx ON actions USING gin (search);

-- Descriptions for people querying the tables directly (\d+ in psql shows them).
COMMENT ON TABLE documents IS 'One row per ingested file: its path, the SHA-256 of its bytes, and whether it was stored or failed (and why).';
COMMENT ON COLUMN documents.parser_version IS 'Version of the extraction rules that produced the rows; minutes reparse re-extracts older ones.';
COMMENT ON COLUMN documents.error_reason IS 'Stable code when status = failed: corrupt, encrypted, unsupported, empty, too_large, unreadable, crashed, store_error, ...';
COMMENT ON TABLE meetings IS 'The meeting a stored document records; one per document.';
COMMENT ON TABLE attendees IS 'People recorded at a meeting, in document order (position).';
COMMENT ON TABLE items IS 'Numbered agenda items/minutes in document order; search is a weighted tsvector (title A, body B) for websearch_to_tsquery.';
COMMENT ON TABLE actions IS 'Actions recorded at a meeting; item_number is the number of the item it sits under; owner_name is the owner resolved to an attendee.';
