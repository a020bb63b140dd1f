package org.vigil.store;

import java.util.List;

/**
 * A real-world event as reported, possibly many times: its mentions across articles and sentences.
 *
 * @param numSources distinct publishers among the mentions
 */
public record Story(String storyId, StoredEvent event, List<StoredEvent> mentions, int numMentions,
                    int numArticles, int numSources) {
}
