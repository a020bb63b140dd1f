package org.vigil.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.pipeline.Shared;

/** The dead of an event, counted from its own words. The sentences are the project's own. */
class CasualtyCounterTest {
  private static Count deadAt(String text, String trigger) {
    List<Event> events = Shared.pipeline().code(new org.vigil.model.Article("t", LocalDate.of(2016, 3, 9), text));
    for (Event e : events) {
      if (e.trigger().text().equals(trigger)) {
        return e.size().dead();
      }
    }
    throw new AssertionError("no event at '" + trigger + "' in: " + events);
  }

  /** The dead of the event at the trigger; null when it counts none or there is no such event. */
  private static Count deadIfAny(String text, String trigger) {
    List<Event> events = Shared.pipeline().code(new org.vigil.model.Article("t", LocalDate.of(2016, 3, 9), text));
    return events.stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
        .map(e -> e.size().dead()).orElse(null);
  }

  @Test
  void aTallyOverALongSpanIsNoOneActsDead() {
    // The killings are still told (an event at the verb), with no one act's dead.
    assertNull(deadAt("So far this year four reporters have been killed in the province.", "killed"));
    assertNull(deadAt("Over the past ten years many lawyers have been murdered by the cartels.", "murdered"));
    assertNull(deadAt("In this decade, 300 farmers have been killed by landmines.", "killed"));
    assertNull(deadAt("About 4,500 villagers have been killed since the revolt started in the hills.", "killed"));
    // A short span or a date stays one act's toll.
    assertEquals(3, deadAt("In the last 24 hours gunmen killed three guards at a checkpoint near Pasto.", "killed")
        .value());
    assertEquals(5, deadAt("Last year gunmen killed five miners near Cajamarca.", "killed").value());
  }

  @Test
  void aClauseOfItsOwnTimeCountsForItsOwnEventOnly() {
    assertNull(deadIfAny("Students torched a bus in Khulna after police killed two of their classmates.", "torched"));
    assertEquals(2, deadAt("Police killed two students in Khulna, sparking riots.", "killed").value());
  }

  @Test
  void aKillingThatFellShortCountsNoDead() {
    assertNull(deadIfAny("The consul's son was almost killed when gunmen fired on his car in Cucuta.", "fired"));
    assertNull(deadIfAny("Two guards nearly died in the grenade attack on the bank.", "died"));
  }

  @Test
  void aParticipleNamingAKindOfPeopleCountsNoOne() {
    // All capitals: the parser reads MURDERED as a verb whose object is the bare plural.
    assertNull(deadIfAny("THE VIGIL WAS HELD BY THE COMMITTEE OF FAMILIES OF DETAINEES AND MURDERED AND MISSING"
        + " WORKERS.", "MURDERED"));
    assertNull(deadIfAny("A group representing wives of prisoners and murdered and disappeared peasants marched to"
        + " the palace.", "murdered"));
  }

  @Test
  void aSharedObjectIsTheConjoinedKillingsVictim() {
    assertEquals(1, deadAt("Masked men shot and killed a shopkeeper in Tikrit on Sunday.", "shot").value());
  }

  @Test
  void aPassiveConjunctSharesTheSubject() {
    assertEquals(2, deadAt("Two teachers were kidnapped and killed by gunmen near Cali.", "kidnapped").value());
  }

  @Test
  void aPossessedPersonIsOne() {
    assertEquals(1, deadAt("The mayor's driver was killed when a bomb hit his car near Medellin.", "killed").value());
  }

  @Test
  void unnumberedPluralVictimsAreAtLeastTwo() {
    Count c = deadAt("Soldiers killed several villagers near the border on Tuesday.", "killed");
    assertEquals(2, c.value());
    assertEquals("several", c.qualifier());
    Count d = deadAt("Rebels killed civilians in an attack on a market in Goma.", "killed");
    assertEquals(2, d.value());
    assertEquals("at least", d.qualifier());
  }

  @Test
  void aDeathByViolenceCountsItsDead() {
    assertEquals(9, deadAt("Nine villagers died in a mortar attack near Bunia on Friday.", "died").value());
    assertEquals(3, deadAt("Three guards died of gunshot wounds in Kandahar.", "died").value());
  }

  @Test
  void aDeathWithoutViolenceIsNoEvent() {
    List<Event> events = Shared.pipeline().code(new org.vigil.model.Article("t", LocalDate.of(2016, 3, 9),
        "The former mayor of Quito died in hospital at the age of 88."));
    assertEquals(List.of(), events);
  }

  @Test
  void aKillingsPossessorIsItsVictim() {
    assertEquals(1, deadAt("Police in Lagos are investigating the editor's murder.", "murder").value());
  }

  @Test
  void aPronounVictimIsOneOrSeveral() {
    assertEquals(1, deadAt("He was shot dead by gunmen in Mosul on Sunday.", "shot").value());
    Count c = deadAt("They were murdered by soldiers near the river last week.", "murdered");
    assertEquals(2, c.value());
    assertEquals("at least", c.qualifier());
    assertEquals(1, deadAt("Police in Lima opened an inquiry into his assassination.", "assassination").value());
  }

  @Test
  void aKillingParticipleOnAPersonIsTheKilling() {
    assertEquals(1, deadAt("Ortega, who succeeded the assassinated Ana Mejia, spoke on Monday.", "assassinated")
        .value());
  }

  @Test
  void aResultVerbsObjectIsTheToll() {
    Count dead = deadAt("The ambush on the convoy left 14 dead and 22 wounded near Tikrit.", "ambush");
    assertEquals(14, dead.value());
    assertEquals(7, deadAt("A bomb went off in a bus station in Kano, leaving seven dead.", "went").value());
    assertEquals(5, deadAt("The rebel attack on the market caused the deaths of five traders.", "attack").value());
  }

  @Test
  void theDeadOfAWhenClauseAreTheBlasts() {
    Count c = deadAt("All the pilgrims on board died when the coach was blown up near Quetta.", "blown");
    assertEquals(2, c.value());
    assertEquals("at least", c.qualifier());
  }

  @Test
  void aKillingParticipleMisreadAsPastTenseStillNamesItsVictims() {
    // All-capital text: the tagger reads "KILLED" as a past tense whose subject is "THE BODIES".
    Count c = deadAt("THE BODIES OF THE FOUR TEACHERS KILLED LAST MONDAY BY GUNMEN WERE FLOWN TO QUITO TODAY.",
        "KILLED");
    assertEquals(4, c.value());
  }

  @Test
  void aTollToldApartIsTheDeadOfTheActBefore() {
    assertEquals(23, deadAt("A car bomb exploded outside the police station in Kano on Monday. Officials said the"
        + " number of dead is 23.", "exploded").value());
    assertEquals(31, deadAt("The death toll from the bombing of the bus in Mosul rose to 31.", "bombing").value());
  }

  @Test
  void deathsDueToAnActAreItsDead() {
    assertEquals(3, deadAt("The archbishop mourned the deaths of three children due to the air force bombings of the"
        + " town.", "bombings").value());
  }

  @Test
  void whoAnActLeavesDeadAreItsDeadHoweverTheParseHangsDead() {
    assertEquals(9, deadAt("Militiamen raided the village, leaving nine farmers dead.", "raided").value());
    assertEquals(14, deadAt("Guerrillas shelled the garrison, leaving 14 people dead.", "shelled").value());
  }
}
