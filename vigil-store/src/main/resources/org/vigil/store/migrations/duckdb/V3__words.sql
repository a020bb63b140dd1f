-- The word index of the text filter (see Words): every maximal run of [a-z0-9] of LOWER(sentence),
-- once per event, and the vocabulary of distinct words. Existing stores are back-filled here.
CREATE TABLE event_words (seq BIGINT NOT NULL, word VARCHAR NOT NULL);
CREATE TABLE words (word VARCHAR NOT NULL);
-- Sorted by word: the zone maps of event_words then skip the row groups of other words.
INSERT INTO event_words (seq, word)
SELECT seq, unnest(list_distinct(regexp_extract_all(LOWER(sentence), '[a-z0-9]+'))) AS word
FROM events WHERE sentence IS NOT NULL ORDER BY word, seq;
INSERT INTO words (word) SELECT DISTINCT word FROM event_words;
