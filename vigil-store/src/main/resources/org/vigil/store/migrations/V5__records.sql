-- DuckDB stores the JSON records uncompressed from this version (duckdb/V5__records.sql); nothing
-- changes on PostgreSQL. The version exists so that both engines share one version history.
SELECT 1;
