-- PostgreSQL reads rows, not columns: every filter of EventQuery gets an index.
CREATE UNIQUE INDEX articles_id ON articles (id);
CREATE UNIQUE INDEX events_event_id ON events (event_id);
CREATE UNIQUE INDEX events_seq ON events (seq);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_story ON events (story_id);
CREATE INDEX events_newest ON events (event_date DESC NULLS LAST, seq DESC);
CREATE INDEX events_root_date ON events (cameo_root, event_date);
CREATE INDEX events_cameo ON events (cameo varchar_pattern_ops, event_date);
CREATE INDEX events_source ON events (source_code varchar_pattern_ops);
CREATE INDEX events_target ON events (target_code varchar_pattern_ops);
CREATE INDEX events_loc_country ON events (loc_country);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_lat_lon ON events (lat, lon);
