package org.vigil.model;

/**
 * One coded event: the {@code vigil.event/1} record of docs/event-record.md, carrying its evidence.
 *
 * @param attribution who reported or claimed the event, or null
 * @param quote       quoted words spoken with the event, or null
 * @param rule        what produced the coding, so a user can see why
 */
public record Event(String id, String docId, int sentenceIndex, String sentence, Span trigger,
                    EventDate date, Actor source, Actor target, CameoCode cameo, Location location,
                    Size size, Actor attribution, Modality modality, String quote, String rule,
                    double confidence) {
  public static final String SCHEMA = "vigil.event/1";
}
