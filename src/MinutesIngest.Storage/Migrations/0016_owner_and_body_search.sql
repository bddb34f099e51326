-- Issue 14: --owner and --body over an archive of 100,000 meetings and more.
-- The owner matched through two word indexes (the action's owner, any attendee) and a per-query join of each matching
-- attendee to the actions of its meeting, so a name, initials or a role held in many meetings gathered and sorted every
-- one of their actions before the newest were listed (~0.5 s at 100,000 meetings). The words an owner is found by are
-- now stored with the action, indexed once: its owner and owner_name, then the name, role and abbreviation of each
-- attendee the owner stands for (ActionListSql's rules, unchanged). Each piece keeps its own word positions, with a gap
-- between pieces, so a phrase matches within one piece as before, never across two.

-- The attendee an owner written as a name, a role or initials ("SR", "JS/AB") stands for, as ActionListSql matched it.
CREATE FUNCTION minutes_owner_search(meeting bigint, owner text, owner_name text) RETURNS tsvector
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    words tsvector := to_tsvector('simple', translate(coalesce(owner, '') || ' ' || coalesce(owner_name, ''), '/&,;', '    '));
    attendee record;
BEGIN
    FOR attendee IN
        SELECT p.name, p.role, p.abbreviation FROM attendees p
        WHERE p.meeting_id = meeting
          AND (lower(p.name) IN (lower(owner_name), lower(owner))
               OR lower(p.role) = lower(owner)
               OR lower(p.abbreviation) = ANY (regexp_split_to_array(lower(owner), '\s*[/,&;]\s*')))
        ORDER BY p.position
    LOOP
        -- A lexeme with a space, which to_tsvector never makes, holds one position between pieces and is then removed.
        words := words || '''piece break'':1'::tsvector
            || to_tsvector('simple', translate(attendee.name || ' ' || coalesce(attendee.role, '') || ' ' || coalesce(attendee.abbreviation, ''), '/&,;', '    '));
    END LOOP;
    RETURN ts_delete(words, 'piece break');
END
$$;

CREATE FUNCTION minutes_set_owner_search() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.owner_search := minutes_owner_search(NEW.meeting_id, NEW.owner, NEW.owner_name);
    RETURN NEW;
END
$$;

-- Attendees stored (or changed) after a meeting's actions: the actions of those meetings are read again. Ingest stores
-- attendees first, so this finds no actions then; a meeting's attendees are only deleted with the meeting.
CREATE FUNCTION minutes_refresh_owner_search() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actions a SET owner_search = minutes_owner_search(a.meeting_id, a.owner, a.owner_name)
    WHERE a.meeting_id IN (SELECT DISTINCT meeting_id FROM changed_attendees);
    UPDATE suggested_actions a SET owner_search = minutes_owner_search(a.meeting_id, a.owner, a.owner_name)
    WHERE a.meeting_id IN (SELECT DISTINCT meeting_id FROM changed_attendees);
    RETURN NULL;
END
$$;

ALTER TABLE actions ADD COLUMN owner_search tsvector;
ALTER TABLE suggested_actions ADD COLUMN owner_search tsvector;
UPDATE actions SET owner_search = minutes_owner_search(meeting_id, owner, owner_name);
UPDATE suggested_actions SET owner_search = minutes_owner_search(meeting_id, owner, owner_name);
ALTER TABLE actions ALTER COLUMN owner_search SET NOT NULL;
ALTER TABLE suggested_actions ALTER COLUMN owner_search SET NOT NULL;

CREATE TRIGGER actions_owner_search BEFORE INSERT OR UPDATE OF meeting_id, owner, owner_name ON actions
    FOR EACH ROW EXECUTE FUNCTION minutes_set_owner_search();
CREATE TRIGGER suggested_actions_owner_search BEFORE INSERT OR UPDATE OF meeting_id, owner, owner_name ON suggested_actions
    FOR EACH ROW EXECUTE FUNCTION minutes_set_owner_search();
CREATE TRIGGER attendees_inserted_owner_search AFTER INSERT ON attendees
    REFERENCING NEW TABLE AS changed_attendees FOR EACH STATEMENT EXECUTE FUNCTION minutes_refresh_owner_search();
CREATE TRIGGER attendees_updated_owner_search AFTER UPDATE ON attendees
    REFERENCING NEW TABLE AS changed_attendees FOR EACH STATEMENT EXECUTE FUNCTION minutes_refresh_owner_search();

CREATE INDEX actions_owner_search_idx ON actions USING gin (owner_search);
CREATE INDEX suggested_actions_owner_search_idx ON suggested_actions USING gin (owner_search);
-- Nothing reads these any more; dropping them saves their upkeep on every ingest.
DROP INDEX actions_owner_words_idx;
DROP INDEX suggested_actions_owner_words_idx;
DROP INDEX attendees_words_idx;

COMMENT ON COLUMN actions.owner_search IS 'Words (simple configuration) an --owner filter finds the action by: owner and owner_name, then name, role and abbreviation of each attendee the owner stands for; kept by triggers.';
COMMENT ON COLUMN suggested_actions.owner_search IS 'As actions.owner_search, for a suggested action.';

-- --body: a body's newest meetings in order (search walks them newest first; actions list them so), by the first 200
-- characters of the name as the other body indexes (0009); the query compares the whole name too.
CREATE INDEX meetings_body_newest_idx ON meetings (left(body, 200), meeting_date DESC NULLS LAST, id DESC);
