-- Meeting series (issue 12): within a body, the meetings of one committee ("Planning Committee", "Full Council",
-- "Board") form a series, named from the meeting title without the body, dates, ordinals and "Minutes of the …"
-- furniture (Core/Series/MeetingSeries). Ingest sets it; meetings stored before this migration get it when
-- `minutes reparse` reads them again (parser version 5).
ALTER TABLE meetings ADD COLUMN series text;
COMMENT ON COLUMN meetings.series IS 'The committee series of the meeting within its body (from the title), e.g. "Planning Committee"; NULL when neither title nor body gives one.';
