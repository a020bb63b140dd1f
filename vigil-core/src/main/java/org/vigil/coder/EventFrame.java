package org.vigil.coder;

import org.vigil.model.Actor;
import org.vigil.model.Modality;
import org.vigil.nlp.ParsedSentence;

/**
 * An event as the coder found it, still tied to its sentence's tokens so that the date, place and
 * casualty stages can look at its own clause.
 *
 * @param trigger     token index of the word that signals the event
 * @param clause      token index of the clause head the event's modifiers hang from (the light or
 *                    intention verb for "launched an attack", "plans to visit"; else the trigger)
 * @param attribution who reported it ("activists said ..."), or null
 * @param standsFor   for a statement, the triggers of the actorless acts it reports ("the ministry
 *                    said the bridge was destroyed"): the statement stands only if the pipeline
 *                    keeps none of them; empty for every other frame
 */
public record EventFrame(ParsedSentence sentence, int trigger, int clause, Actor source, Actor target,
                         String code, Modality modality, Actor attribution, String quote, String rule,
                         double confidence, java.util.Set<Integer> standsFor) {

  public EventFrame(ParsedSentence sentence, int trigger, int clause, Actor source, Actor target, String code,
                    Modality modality, Actor attribution, String quote, String rule, double confidence) {
    this(sentence, trigger, clause, source, target, code, modality, attribution, quote, rule, confidence,
        java.util.Set.of());
  }
}
