package org.vigil.store;

import java.time.LocalDate;

/** An article as stored: its text and metadata and the hash that tells a changed article. */
public record StoredArticle(String id, LocalDate date, String title, String source, String text,
                            String contentHash) {
}
