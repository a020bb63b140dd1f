-- PostgreSQL gets an index for dyad rankings over dates (postgres/V6__dyad_dates.sql); DuckDB's zone
-- maps serve the same query. The version exists so that both engines share one version history.
SELECT 1;
