-- One meeting, several files (issue 12): a PDF and an HTML copy, a scan and its born-digital original, a draft and the
-- approved version. The best source keeps the meeting; every other source keeps its documents row (status stored)
-- pointing at it, so search, trends, actions and topics count the meeting once and `minutes show` lists every source.
ALTER TABLE documents ADD COLUMN twin_of bigint REFERENCES documents (id) ON DELETE SET NULL;
CREATE INDEX documents_twin_of_idx ON documents (twin_of) WHERE twin_of IS NOT NULL;
COMMENT ON COLUMN documents.twin_of IS 'The document whose meeting this one is another copy of (its own meeting rows were merged away); NULL for a meeting''s best source.';

-- Bodies: meetings.body holds the resolved, normalised body (stated apart, else read from the title or letterhead, else
-- given by the importer); the name as the document (or importer) wrote it is kept so `minutes bodies` can list aliases.
ALTER TABLE meetings ADD COLUMN body_as_found text;
COMMENT ON COLUMN meetings.body_as_found IS 'The body as the document wrote it (or as ingest --body/--body-from-folder gave it), before normalising and merging.';
