package org.vigil.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as given by the user. The text is kept exactly as read: every offset Vigil
 * reports is a Java {@code String} index into it.
 *
 * @param id    stable identifier, unique within a run
 * @param date  publication date, or null when unknown (dates then stay unresolved)
 * @param title optional headline
 * @param text  the body text
 * @param source optional publisher name ("Voice of America")
 */
public record Article(String id, LocalDate date, String title, String text, String source) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public Article(String id, LocalDate date, String text) {
    this(id, date, null, text, null);
  }
}
