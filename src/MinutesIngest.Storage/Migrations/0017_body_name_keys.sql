-- Issue 14: a --body filter read every meeting's (body, body_as_found) to find the bodies it names, so every filtered
-- search, trend and action list grew with the archive. The distinct pairs are now kept in body_names, found by a
-- coarse key of either name through an index; BodyMatcher still decides the match on the few candidates in C#.

-- A coarse key two spellings of one body always share: BodyMatcher's key (BodyNames.Key) only changes case, spaces and
-- punctuation, drops a leading "The", writes "&" as "and" and spells out a trailing "PC"/"TC"; this key ignores all of
-- them (ASCII letters and digits only, "the" and "and" dropped everywhere, a trailing "parish council"/"p c" as "pc",
-- "town council"/"t c" as "tc"), so names equal under that key are equal under this one. It may join names the C# key
-- keeps apart: those are candidates BodyMatcher rejects. Case is folded by translate, not lower(), whose result depends
-- on the collation; the four letters Unicode case-maps to or from ASCII (dotless i, long s, Kelvin sign, dotted I) are
-- folded too, in case a runtime's invariant casing maps them.
CREATE FUNCTION minutes_body_key(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    words text[] := array_remove(array_remove(array_remove(regexp_split_to_array(
        regexp_replace(translate(name, 'ıſKİABCDEFGHIJKLMNOPQRSTUVWXYZ', 'iskiabcdefghijklmnopqrstuvwxyz'), '[^a-z0-9]+', ' ', 'g'), ' '),
        ''), 'the'), 'and');
    n int := coalesce(array_length(words, 1), 0);
BEGIN
    IF n >= 2 AND words[n - 1] IN ('parish', 'p') AND words[n] IN ('council', 'c') AND (words[n - 1] = 'p') = (words[n] = 'c') THEN
        words := words[1:n - 2] || 'pc'::text;
    ELSIF n >= 2 AND words[n - 1] IN ('town', 't') AND words[n] IN ('council', 'c') AND (words[n - 1] = 't') = (words[n] = 'c') THEN
        words := words[1:n - 2] || 'tc'::text;
    END IF;
    RETURN array_to_string(words, ' ');
END
$$;

-- One row per (body, spelling found) a meeting was stored with. Rows are added as meetings are stored or re-filed and
-- not removed when the last such meeting goes (a replaced document, a merged body): BodyMatcher keeps a pair only while
-- a meeting has it, which stays right under concurrent ingests where deleting here could race an insert.
CREATE TABLE body_names (
    body      text NOT NULL,
    alias     text,
    body_key  text NOT NULL,
    alias_key text
);
COMMENT ON TABLE body_names IS 'Distinct (meetings.body, meetings.body_as_found) pairs ever stored, with minutes_body_key of each: what --body filters resolve through. May hold pairs no meeting has any more.';
-- Names are unbounded text (0009): md5 keeps the unique index within a b-tree entry; hash indexes have no size limit.
CREATE UNIQUE INDEX body_names_pair_idx ON body_names (md5(body), md5(alias)) NULLS NOT DISTINCT;
CREATE INDEX body_names_body_key_idx ON body_names USING hash (body_key);
CREATE INDEX body_names_alias_key_idx ON body_names USING hash (alias_key);

CREATE FUNCTION minutes_add_body_names() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO body_names (body, alias, body_key, alias_key)
    SELECT DISTINCT body, body_as_found, minutes_body_key(body), minutes_body_key(body_as_found) FROM added_meetings WHERE body IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- Statement level: ingest stores a batch of meetings in one INSERT. An UPDATE trigger with a transition table cannot
-- name columns, so every update of meetings (terms_indexed, series) would pass through it; a merge re-files few rows,
-- so updates go row by row, and only when a name changes.
CREATE TRIGGER meetings_inserted_body_names AFTER INSERT ON meetings
    REFERENCING NEW TABLE AS added_meetings FOR EACH STATEMENT EXECUTE FUNCTION minutes_add_body_names();

CREATE FUNCTION minutes_add_body_name() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO body_names (body, alias, body_key, alias_key)
    VALUES (NEW.body, NEW.body_as_found, minutes_body_key(NEW.body), minutes_body_key(NEW.body_as_found))
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER meetings_renamed_body_names AFTER UPDATE OF body, body_as_found ON meetings
    FOR EACH ROW WHEN (NEW.body IS NOT NULL AND (OLD.body IS DISTINCT FROM NEW.body OR OLD.body_as_found IS DISTINCT FROM NEW.body_as_found))
    EXECUTE FUNCTION minutes_add_body_name();

INSERT INTO body_names (body, alias, body_key, alias_key)
SELECT DISTINCT body, body_as_found, minutes_body_key(body), minutes_body_key(body_as_found) FROM meetings WHERE body IS NOT NULL
ON CONFLICT DO NOTHING;

-- Whether a pair is still held (BodyMatcher): one probe by both names, not a walk through the body's meetings for a
-- rare spelling. It replaces the index on the body alone, whose lookups this one serves as well.
CREATE INDEX meetings_body_alias_idx ON meetings (left(body, 200), left(coalesce(body_as_found, ''), 200));
DROP INDEX meetings_body_idx;
