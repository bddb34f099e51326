-- Issue 14: an overdue or open action list checked every candidate against the latest meeting of its series
-- (ActionProgressSql.MayBeOpen) until enough passed, and most candidates have long been closed: "role Treasurer,
-- overdue" read 12,000 overdue actions to keep 39, ~1 s at 100,000 meetings, growing with the archive. The actions that
-- pass that check against each series' latest meeting are kept here, per series, so such a list starts from them.
--
-- A series' rows are only used while the series is unchanged since they were computed (series_follow.latest not null)
-- and the list's as-of date is on or after its latest meeting (then the check's "up to the as-of date" changes nothing).
-- Any meeting stored, deleted or moved to another series marks its series pending (triggers below); the rows of a
-- pending series are computed again after the ingest run (ActionFollowIndex), and until then a list reads that
-- series' actions as before.
CREATE TABLE series_follow (
    series_key text    PRIMARY KEY,
    latest     date,                       -- the series' latest meeting when its candidates were computed; null: pending
    version    bigint  NOT NULL DEFAULT 0  -- bumped by every change, so a computation that raced one leaves it pending
);
COMMENT ON TABLE series_follow IS 'Per meeting series (meetings.series_key), whether open_action_candidates is current for it: latest null means pending.';

CREATE TABLE open_action_candidates (
    action_id bigint PRIMARY KEY REFERENCES actions (id) ON DELETE CASCADE
);
COMMENT ON TABLE open_action_candidates IS 'Actions that may still be open after the latest meeting of their series (no later meeting, or the latest repeats them); exact for series not pending in series_follow.';

CREATE INDEX series_follow_pending_idx ON series_follow (series_key) WHERE latest IS NULL;

CREATE FUNCTION minutes_follow_pending(keys text[]) RETURNS void
    LANGUAGE sql AS $$
    -- Sorted, so two writers touching the same series lock their rows in one order.
    INSERT INTO series_follow AS f (series_key)
    SELECT DISTINCT k FROM unnest(keys) k WHERE k IS NOT NULL ORDER BY k
    ON CONFLICT (series_key) DO UPDATE SET latest = NULL, version = f.version + 1;
$$;

CREATE FUNCTION minutes_follow_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM minutes_follow_pending(ARRAY(SELECT series_key FROM added_meetings));
    RETURN NULL;
END
$$;

CREATE FUNCTION minutes_follow_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM minutes_follow_pending(ARRAY(SELECT series_key FROM removed_meetings));
    RETURN NULL;
END
$$;

CREATE FUNCTION minutes_follow_moved() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM minutes_follow_pending(ARRAY[OLD.series_key, NEW.series_key]);
    RETURN NULL;
END
$$;

-- Statement level for the batched inserts and deletes; a series changes only with body, title or series, so updates
-- (terms_indexed, twins_checked) go through a row trigger that fires when it does.
CREATE TRIGGER meetings_added_follow AFTER INSERT ON meetings
    REFERENCING NEW TABLE AS added_meetings FOR EACH STATEMENT EXECUTE FUNCTION minutes_follow_added();
CREATE TRIGGER meetings_removed_follow AFTER DELETE ON meetings
    REFERENCING OLD TABLE AS removed_meetings FOR EACH STATEMENT EXECUTE FUNCTION minutes_follow_removed();
CREATE TRIGGER meetings_moved_follow AFTER UPDATE OF body, title, series ON meetings
    FOR EACH ROW WHEN (OLD.series_key IS DISTINCT FROM NEW.series_key) EXECUTE FUNCTION minutes_follow_moved();

-- Every stored series starts pending: the next ingest run (or `minutes db reindex`) computes them.
INSERT INTO series_follow (series_key) SELECT DISTINCT series_key FROM meetings;
