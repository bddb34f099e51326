-- Synthetic minutes for scripts/bench-query, generated inside PostgreSQL (no files, no extraction).
-- :meetings meetings from 2000 to 2025 over 500 bodies; per meeting 6 attendees, 6 items, 4 actions.
-- Item text is drawn from 20,000 sentences of a 300-word minutes vocabulary with a skewed word frequency, so
-- early words are common and late ones rare; "asbestos" is put into about 1 item in 2,000 as the rare term.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE UNLOGGED TABLE bench_vocabulary AS
SELECT string_to_array(
  'council report members agreed noted meeting committee officer update budget plan service review proposal '
  'residents public funding policy cost works approved discussed item chair clerk minutes action further information '
  'support project road school housing planning application community consultation contract safety health staff '
  'training risk performance quarter target figures data scheme programme strategy board trust partnership '
  'development maintenance repair traffic parking footpath library park play area grant payment invoice account '
  'reserves audit insurance governance complaint standards code conduct declaration interest apologies absence '
  'visit inspection survey assessment report request letter email response deadline date timetable schedule '
  'progress delay issue concern matter question answer motion resolution vote unanimous abstention proposed seconded '
  'carried deferred withdrawn recommendation decision approval refusal condition appeal enforcement licence permit '
  'tree hedge drainage flooding gully culvert bridge lighting streetlight bench shelter bus transport cycle path '
  'pavement pothole gritting salt winter summer spring autumn event festival fair market hall centre venue '
  'volunteer recruitment vacancy appointment contractor tender quotation estimate procurement supplier energy '
  'heating boiler roof window door building premises lease rent rates tax precept levy charge fee income expenditure '
  'deficit surplus forecast monitoring variance capital revenue loan borrowing investment pension salary pay award '
  'inflation saving efficiency transformation digital website newsletter social media communication engagement '
  'equality diversity inclusion accessibility disability carers children families older people youth club sports '
  'pitch pavilion allotment cemetery burial memorial war churchyard village green common land boundary map '
  'neighbourhood ward parish district county region national government minister department guidance legislation '
  'statutory duty power regulation compliance breach incident investigation outcome lesson learned improvement quality '
  'patient hospital clinic nurse doctor waiting list referral discharge ambulance emergency mental wellbeing '
  'safeguarding police crime antisocial behaviour speeding camera patrol neighbourhood watch fire rescue station '
  'climate carbon emissions recycling waste collection litter fly tipping dog fouling noise nuisance pollution '
  'air water sewer river canal wildlife biodiversity habitat conservation heritage listed archive history museum '
  'theatre arts culture tourism business economy jobs skills apprenticeship college university pupils teachers '
  'governors curriculum attendance exclusion ofsted inspection results examination admissions transport catchment',
  ' ') AS words;

CREATE UNLOGGED TABLE bench_sentences AS
SELECT s AS id,
       -- k * 0 ties the aggregate to the inner query; with only outer columns in it, it would aggregate the outer one.
       (SELECT string_agg(v.words[1 + k * 0 + floor(power(random(), 1.6) * array_length(v.words, 1))::int], ' ')
        FROM generate_series(1, 9 + s % 6) AS g(k)) AS text
FROM generate_series(1, 20000) s, bench_vocabulary v;

CREATE UNLOGGED TABLE bench_titles AS
SELECT row_number() OVER () - 1 AS id, t AS title FROM unnest(string_to_array(
  'Apologies for absence|Declarations of interest|Minutes of the previous meeting|Matters arising|Public participation|'
  'Finance report|Budget monitoring|Planning applications|Highways and footpaths|Play areas|Allotments|Cemetery|'
  'Village hall|Grants|Correspondence|Clerk''s report|Chair''s report|Police report|County councillor report|'
  'Risk register|Internal audit|Insurance renewal|Website and communications|Climate emergency|Trees and hedges|'
  'Street lighting|Winter maintenance|Flooding and drainage|Community safety|Youth provision|Quality report|'
  'Safeguarding report|Workforce update|Performance report|Estates strategy|Date of next meeting', '|')) t;

CREATE UNLOGGED TABLE bench_bodies AS
SELECT b AS id,
       (ARRAY['Ashby','Brindle','Carlow','Dunmore','Elsworth','Fenwick','Garston','Hexley','Ilford','Kirkby'])[1 + b % 10] || ' ' ||
       (ARRAY['North','South','East','West','Upper','Lower','Great','Little','Old','New'])[1 + (b / 10) % 10] || ' ' ||
       (ARRAY['Parish Council','Town Council','Planning Committee','NHS Trust Board','Police and Crime Panel'])[1 + (b / 100) % 5] AS name
FROM generate_series(0, 499) b;

INSERT INTO documents (path, sha256, format, size_bytes, pages, parser_version, status)
SELECT '/bench/minutes-' || g || '.pdf', md5(g::text), 'pdf', 20000 + g % 50000, 1 + g % 12, 1, 'stored'
FROM generate_series(1, :meetings) g;

-- Ingest resolves every meeting's body (stated, else read from the title); the titles vary as printed ones do.
INSERT INTO meetings (document_id, body, title, meeting_date, start_time, venue, chair)
SELECT d.id,
       b.name,
       CASE WHEN d.id % 5 = 0 THEN 'Ordinary meeting' ELSE b.name || ' meeting' END,
       date '2000-01-01' + (d.id * 7919 % 9496)::int,
       time '19:00', 'Village Hall', 'Chair ' || d.id % 997
FROM documents d JOIN bench_bodies b ON b.id = d.id % 500
WHERE d.path LIKE '/bench/%';

INSERT INTO attendees (meeting_id, position, name, role, abbreviation, status)
SELECT m.id, p,
       (ARRAY['Anna','Ben','Carla','David','Emma','Farid','Grace','Hugo'])[1 + (m.id + p) % 8] || ' ' ||
       (ARRAY['Shaw','Patel','Jones','Okafor','Novak','Reid','Walsh','Khan'])[1 + (m.id * 3 + p) % 8],
       (ARRAY['Chair','Clerk','Treasurer','Councillor','Councillor','Head of Highways'])[p],
       upper(substr((ARRAY['Anna','Ben','Carla','David','Emma','Farid','Grace','Hugo'])[1 + (m.id + p) % 8], 1, 1) ||
             substr((ARRAY['Shaw','Patel','Jones','Okafor','Novak','Reid','Walsh','Khan'])[1 + (m.id * 3 + p) % 8], 1, 1)),
       CASE WHEN p = 5 AND m.id % 3 = 0 THEN 'apologies' ELSE 'present' END
FROM meetings m CROSS JOIN generate_series(1, 6) p;
