package org.vigil.store;

import java.util.List;
import org.vigil.format.EventJson;

/** Stored mentions written as the exports write them, for callers that hold a page of them. */
public final class StoredEvents {
  private StoredEvents() {
  }

  /** The vigil.event/1 record with {@code "story_id"} added. */
  public static String jsonWithStory(StoredEvent e) {
    return Exports.withStoryId(EventJson.toJson(e.event()), e.storyId());
  }

  /** The csv export's header and rows for these mentions. */
  public static String csv(List<StoredEvent> events) {
    java.io.StringWriter w = new java.io.StringWriter();
    Exports.csvLine(w, Exports.FLAT);
    for (StoredEvent e : events) {
      Exports.csvLine(w, Exports.flat(e).stream().map(v -> v == null ? "" : v.toString()).toList());
    }
    return w.toString();
  }
}
