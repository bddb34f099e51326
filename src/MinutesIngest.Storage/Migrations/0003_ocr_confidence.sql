-- How sure Tesseract was about documents read by OCR: the mean word confidence (0-100) over the OCR'd pages,
-- and one entry per page (NULL for pages read from their text layer). Both NULL for born-digital documents.
ALTER TABLE documents
    ADD COLUMN ocr_confidence      real,
    ADD COLUMN ocr_page_confidence real[];

COMMENT ON COLUMN documents.ocr_confidence IS 'Mean OCR word confidence (0-100) over the pages read by OCR; NULL when no page was OCR''d.';
COMMENT ON COLUMN documents.ocr_page_confidence IS 'Mean OCR word confidence per page, in page order; NULL entries for pages read from their text layer.';
