-- The word index of the text filter (see Words): every maximal run of [a-z0-9] of LOWER(sentence),
-- once per event, and the vocabulary of distinct words. Existing stores are back-filled here.
CREATE TABLE event_words (seq BIGINT NOT NULL, word VARCHAR NOT NULL);
CREATE TABLE words (word VARCHAR NOT NULL);
INSERT INTO event_words (seq, word)
SELECT DISTINCT seq, m[1] FROM events, regexp_matches(LOWER(sentence), '[a-z0-9]+', 'g') AS m
WHERE sentence IS NOT NULL;
INSERT INTO words (word) SELECT DISTINCT word FROM event_words;
CREATE INDEX event_words_word ON event_words (word, seq);
CREATE INDEX event_words_seq ON event_words (seq);
CREATE INDEX words_word ON words (word);
