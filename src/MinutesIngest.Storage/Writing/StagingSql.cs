using MinutesIngest.Storage.Indexing;

namespace MinutesIngest.Storage.Writing;

/// <summary>The SQL of batched writes: per-connection staging tables filled by binary COPY, then one set-based statement per table.</summary>
internal static class StagingSql
{
    // Rows vanish at commit (or rollback), so a staging table only ever holds the batch in flight.
    public const string CreateTables = """
        CREATE TEMP TABLE IF NOT EXISTS stage_documents (doc_key int, path text, sha256 text, format text, size_bytes bigint, pages int,
            parser_version int, status text, error_reason text, error_message text, ocr_confidence real, ocr_page_confidence real[], document_class text, triage_reason text, warnings text[]) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_meetings (doc_key int, body text, body_as_found text, series text, title text, meeting_date date, start_time time, venue text,
            chair text, minute_taker text, next_meeting_date date, next_meeting_time time) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_attendees (doc_key int, position int, name text, role text, abbreviation text, status text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_items (doc_key int, position int, number text, title text, body text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_actions (doc_key int, position int, item_number text, text text, owner text, owner_name text, due date) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_suggested_actions (doc_key int, position int, item_number text, text text, owner text, owner_name text, due date,
            confidence real) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_document_ids (doc_key int, document_id bigint) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_meeting_ids (doc_key int, meeting_id bigint) ON COMMIT DELETE ROWS;
        """;

    public const string CopyDocuments = "COPY stage_documents (doc_key, path, sha256, format, size_bytes, pages, parser_version, status, error_reason, error_message, ocr_confidence, ocr_page_confidence, document_class, triage_reason, warnings) FROM STDIN (FORMAT BINARY)";
    public const string CopyMeetings = "COPY stage_meetings (doc_key, body, body_as_found, series, title, meeting_date, start_time, venue, chair, minute_taker, next_meeting_date, next_meeting_time) FROM STDIN (FORMAT BINARY)";
    public const string CopyAttendees = "COPY stage_attendees (doc_key, position, name, role, abbreviation, status) FROM STDIN (FORMAT BINARY)";
    public const string CopyItems = "COPY stage_items (doc_key, position, number, title, body) FROM STDIN (FORMAT BINARY)";
    public const string CopyActions = "COPY stage_actions (doc_key, position, item_number, text, owner, owner_name, due) FROM STDIN (FORMAT BINARY)";

    public const string CopySuggestedActions = "COPY stage_suggested_actions (doc_key, position, item_number, text, owner, owner_name, due, confidence) FROM STDIN (FORMAT BINARY)";

    /// <summary>Takes the meetings of the documents listed in <paramref name="documentIds"/> (a table with column
    /// document_id) out of term_months before they are deleted, under the counts lock.</summary>
    public static string TakeOutOfTermCounts(string documentIds) => $"""
        SELECT pg_advisory_xact_lock({MeetingTermIndex.CountsLockKey});
        {UncountMeetings($"meetings m JOIN {documentIds} i ON i.document_id = m.document_id WHERE true")}
        """;

    /// <summary>Takes meetings about to be deleted out of term_months, when they were counted there. <paramref name="meetings"/> is
    /// a FROM clause over meetings m ending in a WHERE condition that picks them.</summary>
    public static string UncountMeetings(string meetings) => $"""
        WITH gone AS MATERIALIZED (
            SELECT m.id, m.meeting_month FROM {meetings} AND m.terms_indexed AND m.meeting_month IS NOT NULL),
        words AS ({MeetingTermIndex.WordsOf("gone")})
        UPDATE term_months t SET meetings = t.meetings - w.meetings, items = t.items - w.items
        FROM (SELECT w.lexeme, g.meeting_month, count(*) AS meetings, sum(w.items) AS items FROM words w JOIN gone g ON g.id = w.meeting_id
              GROUP BY w.lexeme, g.meeting_month) w
        WHERE t.lexeme = w.lexeme AND t.month = w.meeting_month;
        """;

    /// <summary>Serialises writers of different runs, so two ingests of the same path cannot interleave their replace.</summary>
    public const long WriteLockKey = 0x4d494e5554455332; // "MINUTES2"

    // A path seen before keeps its id and first ingested_at; its old meeting goes, and the cascade takes the old
    // attendees, items and actions with it, before the new rows go in. An old meeting already counted in term_months is
    // taken out of the counts first (see MeetingTermIndex.CountsLockKey).
    public static readonly string MoveStagedRows = $"""
        SELECT pg_advisory_xact_lock({WriteLockKey});
        WITH upserted AS (
            INSERT INTO documents AS d (path, sha256, format, size_bytes, pages, parser_version, status, error_reason, error_message, ocr_confidence, ocr_page_confidence,
                document_class, triage_reason, warnings)
            SELECT path, sha256, format, size_bytes, pages, parser_version, status, error_reason, error_message, ocr_confidence, ocr_page_confidence,
                document_class, triage_reason, warnings FROM stage_documents
            ON CONFLICT ((minutes_text_key(path))) DO UPDATE SET sha256 = excluded.sha256, format = excluded.format, size_bytes = excluded.size_bytes,
                pages = excluded.pages, parser_version = excluded.parser_version, status = excluded.status,
                error_reason = excluded.error_reason, error_message = excluded.error_message,
                ocr_confidence = excluded.ocr_confidence, ocr_page_confidence = excluded.ocr_page_confidence,
                document_class = excluded.document_class, triage_reason = excluded.triage_reason, warnings = excluded.warnings, twin_of = NULL, updated_at = now()
            RETURNING d.id, d.path)
        INSERT INTO stage_document_ids (doc_key, document_id)
        SELECT s.doc_key, u.id FROM upserted u JOIN stage_documents s ON s.path = u.path;
        {TakeOutOfTermCounts("stage_document_ids")}
        DELETE FROM meetings m USING stage_document_ids i WHERE m.document_id = i.document_id;
        WITH inserted AS (
            INSERT INTO meetings (document_id, body, body_as_found, series, title, meeting_date, start_time, venue, chair, minute_taker, next_meeting_date, next_meeting_time)
            SELECT i.document_id, s.body, s.body_as_found, s.series, s.title, s.meeting_date, s.start_time, s.venue, s.chair, s.minute_taker, s.next_meeting_date, s.next_meeting_time
            FROM stage_meetings s JOIN stage_document_ids i ON i.doc_key = s.doc_key
            RETURNING id, document_id)
        INSERT INTO stage_meeting_ids (doc_key, meeting_id)
        SELECT i.doc_key, x.id FROM inserted x JOIN stage_document_ids i ON i.document_id = x.document_id;
        INSERT INTO attendees (meeting_id, position, name, role, abbreviation, status)
        SELECT m.meeting_id, s.position, s.name, s.role, s.abbreviation, s.status FROM stage_attendees s JOIN stage_meeting_ids m ON m.doc_key = s.doc_key;
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT m.meeting_id, s.position, s.number, s.title, s.body FROM stage_items s JOIN stage_meeting_ids m ON m.doc_key = s.doc_key;
        INSERT INTO actions (meeting_id, position, item_number, text, owner, owner_name, due)
        SELECT m.meeting_id, s.position, s.item_number, s.text, s.owner, s.owner_name, s.due FROM stage_actions s JOIN stage_meeting_ids m ON m.doc_key = s.doc_key;
        INSERT INTO suggested_actions (meeting_id, position, item_number, text, owner, owner_name, due, confidence)
        SELECT m.meeting_id, s.position, s.item_number, s.text, s.owner, s.owner_name, s.due, s.confidence
        FROM stage_suggested_actions s JOIN stage_meeting_ids m ON m.doc_key = s.doc_key;
        """;
}
