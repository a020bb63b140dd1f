-- Ingest looks an article up by id before every insert (is it stored, with which hash?), and
-- `vigil ingest` asks again before coding: without an index each look-up scans every article.
CREATE INDEX articles_id ON articles (id);
