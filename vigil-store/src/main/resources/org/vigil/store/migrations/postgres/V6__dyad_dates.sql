-- Dyad rankings over a date range cannot use the summary table (it has no date), so PostgreSQL
-- aggregates the events of the range; an index on the date that carries the dyad's columns lets it
-- read them from the index alone (1M events, one year: p95 412 ms -> 65 ms, docs/store.md).
CREATE INDEX IF NOT EXISTS events_date_dyad ON events (event_date) INCLUDE (source_code, target_code, quad_class, goldstein);
