-- OCR pages as the unit of work (issue 13): a long scan queued for the job servers is read in parts, each part a
-- Hangfire job that OCRs some of its pages and saves what each page read here. The job that saves the last page (or
-- records why the scan cannot be read) becomes the scan's assembler, decided under the scan's row lock so exactly one
-- job is, whatever retries or dead servers: it assembles the document from the saved pages and stores it once.

-- One long scan being read in parts, per queued file (the key is the queue's: SHA-256 of the path, ':', SHA-256 of the bytes).
CREATE TABLE ocr_scans (
    scan_key        text        PRIMARY KEY,
    sha256          text        NOT NULL,
    path            text        NOT NULL,
    pages           integer[]   NOT NULL,
    assembler       text,
    failure_reason  text,
    failure_message text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    assembled_at    timestamptz
);
COMMENT ON COLUMN ocr_scans.pages IS 'The 1-based pages the document''s extraction reads by OCR; the scan is complete when each has a row in ocr_page_results.';
COMMENT ON COLUMN ocr_scans.assembler IS 'The job (Hangfire id) that completed the last page or recorded the failure: the only one that assembles and stores the document.';
CREATE INDEX ocr_scans_sha256_idx ON ocr_scans (sha256);

-- What OCR read on one page of a document (JSON of the page's words, boxes and rules), shared by every path with the
-- same bytes; removed once no scan of those bytes still waits for assembly.
CREATE TABLE ocr_page_results (
    sha256 text    NOT NULL,
    page   integer NOT NULL,
    result text    NOT NULL,
    PRIMARY KEY (sha256, page)
);
