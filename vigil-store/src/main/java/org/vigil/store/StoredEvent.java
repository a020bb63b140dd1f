package org.vigil.store;

import org.vigil.model.Event;

/** One stored event mention: the record as coded, its article and the story it was linked to. */
public record StoredEvent(Event event, String articleId, String storyId, String publisher) {
}
