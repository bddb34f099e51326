-- Items and actions for the meetings whose id % :parts = :part; scripts/bench-query runs one session per core,
-- since computing the generated tsvector columns is the cost.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO items (meeting_id, position, number, title, body)
SELECT m.id, p, p::text, t.title,
       t.title || E'\n' || s1.text || '. ' || s2.text || '. ' || s3.text || '.' ||
       CASE WHEN (m.id * 31 + p * 17) % 2000 = 0 THEN ' The asbestos survey of the premises was received.' ELSE '' END
FROM meetings m
CROSS JOIN generate_series(1, 6) p
JOIN bench_titles t ON t.id = (m.id * 13 + p * 7) % 36
JOIN bench_sentences s1 ON s1.id = 1 + (m.id * 7919 + p * 104729) % 20000
JOIN bench_sentences s2 ON s2.id = 1 + (m.id * 104723 + p * 7907) % 20000
JOIN bench_sentences s3 ON s3.id = 1 + (m.id * 1299709 + p * 15485863) % 20000
WHERE m.id % :parts = :part;

INSERT INTO actions (meeting_id, position, item_number, text, owner, owner_name, due)
SELECT m.id, p, (1 + p % 6)::text,
       (ARRAY['Clerk to','Chair to','Treasurer to','Officers to'])[p] || ' ' || s.text,
       (ARRAY['Clerk','AS','Treasurer','HH/BP'])[p],
       CASE WHEN p = 4 THEN NULL ELSE 'Person ' || m.id % 1000 END,
       CASE WHEN p <> 2 THEN m.meeting_date + (14 + (m.id + p) % 90)::int END
FROM meetings m
CROSS JOIN generate_series(1, 4) p
JOIN bench_sentences s ON s.id = 1 + (m.id * 15485863 + p * 32452843) % 20000
WHERE m.id % :parts = :part;
