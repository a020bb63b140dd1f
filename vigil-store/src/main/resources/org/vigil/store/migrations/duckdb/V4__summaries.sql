-- Summary tables (see Summaries): signed event counts at the grain of the dashboard's aggregates,
-- appended by every writer and re-aggregated from time to time; readers sum per group. Existing
-- stores are back-filled here from their events.
--   summary_days       counts and timelines filtered by dates, CAMEO code, QuadClass
--   summary_countries  the same filtered by a country: an event once under each distinct country
--                      of its place, source and target
--   summary_dyads      dyad rankings filtered by actor and QuadClass (with the sum of Goldstein)
--   summary_places     place rankings filtered by CAMEO code, distance and QuadClass
CREATE TABLE summary_days (event_date DATE, quad_class INTEGER NOT NULL, cameo VARCHAR NOT NULL, n BIGINT NOT NULL);
CREATE TABLE summary_countries (event_date DATE, quad_class INTEGER NOT NULL, country VARCHAR NOT NULL,
  n BIGINT NOT NULL);
CREATE TABLE summary_dyads (source_code VARCHAR NOT NULL, target_code VARCHAR NOT NULL, quad_class INTEGER NOT NULL,
  n BIGINT NOT NULL, goldstein_sum FLOAT8 NOT NULL);
CREATE TABLE summary_places (loc_name VARCHAR, loc_country VARCHAR, lat FLOAT8 NOT NULL, lon FLOAT8,
  geonames_id BIGINT, quad_class INTEGER NOT NULL, cameo VARCHAR NOT NULL, n BIGINT NOT NULL);
-- Sorted by their keys, so that DuckDB's zone maps skip the row groups of other countries and dates.
INSERT INTO summary_days SELECT event_date, quad_class, cameo, COUNT(*) FROM events
GROUP BY event_date, quad_class, cameo ORDER BY event_date, quad_class, cameo;
INSERT INTO summary_countries SELECT event_date, quad_class, country, COUNT(*) FROM (
  SELECT event_date, quad_class, loc_country AS country FROM events WHERE loc_country IS NOT NULL
  UNION ALL SELECT event_date, quad_class, source_country FROM events WHERE source_country IS NOT NULL
    AND (loc_country IS NULL OR source_country <> loc_country)
  UNION ALL SELECT event_date, quad_class, target_country FROM events WHERE target_country IS NOT NULL
    AND (loc_country IS NULL OR target_country <> loc_country)
    AND (source_country IS NULL OR target_country <> source_country)
) x GROUP BY event_date, quad_class, country ORDER BY country, event_date, quad_class;
INSERT INTO summary_dyads SELECT source_code, target_code, quad_class, COUNT(*), SUM(goldstein) FROM events
WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY source_code, target_code, quad_class
ORDER BY source_code, target_code, quad_class;
INSERT INTO summary_places SELECT loc_name, loc_country, lat, lon, geonames_id, quad_class, cameo, COUNT(*)
FROM events WHERE lat IS NOT NULL GROUP BY loc_name, loc_country, lat, lon, geonames_id, quad_class, cameo
ORDER BY cameo, lat, lon;
