-- Every ingest or reparse run, and the final status each file got in it. A skipped (unchanged) file or a repeated
-- failure leaves its trace here even though its documents row did not change; documents keeps the latest status.
CREATE TABLE ingest_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now(),
    files       integer     NOT NULL,
    stored      integer     NOT NULL,
    replaced    integer     NOT NULL,
    skipped     integer     NOT NULL,
    failed      integer     NOT NULL,
    missing     integer     NOT NULL
);

CREATE TABLE ingest_run_files (
    run_id        bigint  NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    path          text    NOT NULL,
    outcome       text    NOT NULL CHECK (outcome IN ('stored', 'replaced', 'skipped', 'failed', 'missing')),
    reason        text,
    extraction_ms integer,
    PRIMARY KEY (run_id, path),
    CHECK ((outcome = 'failed') = (reason IS NOT NULL))
);
CREATE INDEX ingest_run_files_reason_idx ON ingest_run_files (reason) WHERE reason IS NOT NULL;

COMMENT ON TABLE ingest_runs IS 'One row per completed ingest or reparse run, with how many files ended in each status.';
COMMENT ON TABLE ingest_run_files IS 'The final status of every file of a run: stored, replaced, skipped (unchanged), failed (with reason) or missing.';
COMMENT ON COLUMN ingest_run_files.extraction_ms IS 'Wall-clock milliseconds the extraction took (in a worker: request sent to answer read); NULL when not extracted.';
COMMENT ON COLUMN documents.error_reason IS 'Stable code when status = failed: corrupt, encrypted, unsupported, too_large, bomb, timeout, crashed, out_of_memory, no_text, empty, unreadable, store_error.';
