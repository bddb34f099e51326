-- Issue 16: a b-tree entry holds at most ~2,700 bytes, so an index over a path, a title or any other text an input
-- controls let one document (a 3 KB title, a path of twelve 240-character folders) fail its run on every retry. Those
-- indexes now hold a fixed-size hash or the first 200 characters; the columns keep the full value.

-- SHA-256 of a text's UTF-8 bytes: the identity of a path in unique indexes. The database encoding is UTF-8, so the
-- conversion never changes, which makes the function immutable as an index needs.
CREATE FUNCTION minutes_text_key(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT sha256(convert_to(value, 'UTF8')) $$;

ALTER TABLE documents DROP CONSTRAINT documents_path_key;
CREATE UNIQUE INDEX documents_path_key ON documents (minutes_text_key(path));

ALTER TABLE ingest_run_files DROP CONSTRAINT ingest_run_files_pkey;
CREATE UNIQUE INDEX ingest_run_files_path_key ON ingest_run_files (run_id, minutes_text_key(path));

-- Body names: TrendQuery's skip scan reads distinct prefixes and looks up the full names of a prefix this long.
DROP INDEX meetings_body_month_idx;
CREATE INDEX meetings_body_month_idx ON meetings (left(coalesce(body_name, ''), 200), meeting_month);
DROP INDEX meetings_body_idx;
CREATE INDEX meetings_body_idx ON meetings (left(body, 200));

-- Item lookups by number go by meeting first (a few items each); the number only narrows them.
DROP INDEX items_meeting_number_idx;
CREATE INDEX items_meeting_number_idx ON items (meeting_id, left(number, 200));
DROP INDEX attendees_name_idx;
CREATE INDEX attendees_name_idx ON attendees (left(lower(name), 200));

-- What an extractor skipped to read a document (a DOCX part its relationships name but the package lacks): the document
-- is stored, and the warnings say what it may be missing.
ALTER TABLE documents ADD COLUMN warnings text[];
COMMENT ON COLUMN documents.warnings IS 'What the extractor skipped or repaired to read the file (e.g. a missing optional DOCX part); NULL when nothing.';
