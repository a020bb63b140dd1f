-- Vigil event store, schema 1. Portable SQL: the same file builds DuckDB and PostgreSQL stores.
-- Uniqueness of ids is kept by the store's code (delete then insert in one transaction), not by
-- constraints, because DuckDB checks unique indexes eagerly within a transaction.

CREATE TABLE articles (
  id VARCHAR NOT NULL,
  published DATE,
  title VARCHAR,
  source VARCHAR,
  body VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

-- One row per event mention: the full vigil.event/1 record plus the columns queries filter on.
CREATE TABLE events (
  seq BIGINT NOT NULL,
  event_id VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  story_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  event_date DATE,
  date_precision VARCHAR,
  cameo VARCHAR NOT NULL,
  cameo_root VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein FLOAT8 NOT NULL,
  source_code VARCHAR,
  source_name VARCHAR,
  source_country VARCHAR,
  target_code VARCHAR,
  target_name VARCHAR,
  target_country VARCHAR,
  loc_name VARCHAR,
  loc_country VARCHAR,
  loc_admin1 VARCHAR,
  loc_precision VARCHAR,
  lat FLOAT8,
  lon FLOAT8,
  geonames_id BIGINT,
  negated BOOLEAN NOT NULL,
  dead INTEGER,
  publisher VARCHAR,
  sentence VARCHAR NOT NULL,
  record VARCHAR NOT NULL
);
