-- Triage before storing (issue 12): every document gets a class; only minutes become meetings unless the ingest is
-- told --include-all. A document set aside keeps its row (status not_minutes) so it is counted, listed and skipped
-- next time while its bytes are unchanged.
ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_status_check;
ALTER TABLE documents ADD CONSTRAINT documents_status_check CHECK (status IN ('stored', 'failed', 'not_minutes'));
ALTER TABLE documents ADD COLUMN document_class text
    CHECK (document_class IN ('minutes', 'agenda', 'meeting_paper', 'not_meeting'));
ALTER TABLE documents ADD COLUMN triage_reason text;
COMMENT ON COLUMN documents.document_class IS 'What the triage rules took the document for: minutes, agenda, meeting_paper or not_meeting; NULL when it failed before being read.';
COMMENT ON COLUMN documents.triage_reason IS 'The scores per class that decided document_class, for diagnosing a wrong call.';

ALTER TABLE ingest_run_files DROP CONSTRAINT IF EXISTS ingest_run_files_outcome_check;
ALTER TABLE ingest_run_files ADD CONSTRAINT ingest_run_files_outcome_check
    CHECK (outcome IN ('stored', 'replaced', 'skipped', 'failed', 'missing', 'not_minutes'));
ALTER TABLE ingest_run_files ADD COLUMN document_class text;
ALTER TABLE ingest_runs ADD COLUMN not_minutes integer NOT NULL DEFAULT 0;
