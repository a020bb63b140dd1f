package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Location;
import org.vigil.pipeline.Shared;

/** Each event at its own place. The sentences are the project's own. */
class EventPlacerTest {
  private static List<Event> code(String text) {
    return Shared.pipeline().code(new org.vigil.model.Article("t", LocalDate.of(2016, 3, 9), text));
  }

  private static String placeOf(String text, String trigger) {
    for (Event e : code(text)) {
      if (e.trigger().text().equals(trigger)) {
        Location l = e.location();
        return l == null ? null : l.text();
      }
    }
    throw new AssertionError("no event at '" + trigger + "' in: " + code(text));
  }

  /** Places of the sentence's events that are named {@code place}. */
  private static long placedAt(String text, String place) {
    return code(text).stream().filter(e -> e.location() != null && place.equals(e.location().text())).count();
  }

  @Test
  void whereTheDoersAreIsNotWhereTheyActed() {
    assertEquals(0, placedAt("The Third Brigade of the rebel army in Kassala province announced a new offensive on Tuesday.",
        "Kassala province"), "the brigade's base is not where it spoke");
    assertEquals(0, placedAt("Ahmed Saleh, 31, of a village near Hebron, detonated a bomb on a crowded bus in the centre of "
        + "Jerusalem on Friday.", "Hebron"), "the bomber's home is not where the bomb went off");
  }

  @Test
  void aPlaceInWhatSomeoneSaysIsNotTheEventsOwn() {
    assertEquals(0, placedAt("Students demonstrated on Sunday in support of the governor, who says he stopped the looting "
        + "in Goma.", "Goma"));
  }

  @Test
  void aClauseWeeksApartTellsAnotherEventsPlace() {
    assertEquals(0, placedAt("Barely two weeks before the rebels abandoned Kassala, his brother was captured by the militia.",
        "Kassala"));
    assertEquals("Kassala", placeOf("Two soldiers were killed by a mine in Kassala on Monday, a week after the army "
        + "declared victory.", "killed"), "the event's own clause still places it");
  }

  @Test
  void aPlaceDeepInWhatAProtestIsAgainstIsNotWhereItIs() {
    assertNull(placeOf("Hundreds of students protested against the arrest of Amir Taheri, a union leader in"
        + " Khuzestan province.", "protested"));
    assertNull(placeOf("About 200 nurses marched on the ministry on Monday to protest a court ruling that blamed"
        + " them for the death of a patient in Cork.", "marched"));
    // A place right on the grievance is most often where the protest is.
    assertEquals("Kolwezi", placeOf("Thousands of villagers demonstrated against a new mine in Kolwezi on Sunday.",
        "demonstrated"));
    assertEquals("Bilbao", placeOf("Hundreds of parents protested the closure of a village clinic in Bilbao on"
        + " Saturday.", "protested"));
    assertNull(placeOf("Pacifists rallied on Sunday against the escalation of the fighting in Ukraine.", "rallied"));
  }

  @Test
  void whatTheSubjectDidBeforeIsNotWhereItHappened() {
    assertNull(placeOf("Colonel Amir Zand, who had led a brigade near Kirkuk, was reportedly killed on Tuesday.",
        "killed"));
  }

  @Test
  void aStreetNamedForACountryIsNotThatCountry() {
    assertEquals(0, placedAt("Gunmen shot dead a shopkeeper on Lebanon street on Tuesday.", "Lebanon"));
  }

  @Test
  void aSubjectsPlaceStillPlacesItsAct() {
    assertEquals("Mosul", placeOf("Gunmen in Mosul killed a judge on Sunday.", "killed"));
  }

  @Test
  void conjoinedActsShareTheTrailingPlace() {
    assertEquals("Kandahar", placeOf("Gunmen killed four guards and wounded six in Kandahar on Monday.", "killed"));
  }

  @Test
  void theFinerPlaceOfOnePhraseWins() {
    assertEquals("Kirkuk", placeOf("Two policemen were killed in the Iraqi city of Kirkuk on Friday.", "killed"));
  }

  @Test
  void aHyphenatedNameIsReadWhole() {
    assertEquals("Port-au-Prince", placeOf("Police detained two gang members in Port-au-Prince on Sunday.", "detained"));
  }

  @Test
  void theEndOfAnUnknownHyphenatedNameIsNoPlace() {
    assertNull(placeOf("Police dispersed a protest at the Kibo-Ada market on Monday.", "dispersed"));
  }

  @Test
  void aGovernmentSeatIsNoForeignTownOfTheSameName() {
    String place = placeOf("The president hosted the Kenyan leader at the White House on Monday.", "hosted");
    assertTrue(place == null || place.equals("White House"), "not Casablanca: " + place);
  }

  @Test
  void aPlaceNounObjectPlacesTheAct() {
    assertEquals("Peshawar", placeOf("Soldiers patrolled the streets of Peshawar after the bombing.", "patrolled"));
  }

  @Test
  void aCountryNamingWhoseActItIsIsNoPlace() {
    String place = placeOf("Three fighters were killed in a French airstrike on Tuesday.", "killed");
    assertNull(place, "France here names who struck, not where");
  }

  @Test
  void aStatementTakesNoPlaceFromElsewhereInTheSentence() {
    for (Event e : code("The Kenyan government said that it condemned the violence in Mombasa.")) {
      if (e.cameo().code().startsWith("01")) {
        assertNull(e.location());
      }
    }
  }
  @Test
  void theStartOfALongerUnknownNameIsNoPlace() {
    for (Event e : code("Hundreds of students protested at Georgetown University on Monday.")) {
      assertTrue(e.location() == null || !"GUY".equals(e.location().country()), () -> String.valueOf(e.location()));
    }
  }
  @Test
  void aTownThatIsTheObjectIsThePlace() {
    assertEquals("Kunduz", placeOf("Taliban fighters stormed Kunduz on Monday.", "stormed"));
  }

  @Test
  void whereTheSpeakerIsIsNotWhereItHappened() {
    assertNull(placeOf("Gunmen killed six guards on Monday, officials in Nairobi said.", "killed"));
  }
  @Test
  void aSourceQuotedWithAccordingToIsNotThePlace() {
    assertNull(placeOf("Gunmen killed six guards on Monday, according to officials in Nairobi.", "killed"));
    assertEquals("Kandahar", placeOf("According to the police, gunmen killed six guards in Kandahar.", "killed"));
  }

  @Test
  void aRegionOfGeoNamesIsAPlace() {
    Location l = locationOf("Rebels attacked a police post in Huila department, in southern Colombia, on Friday.", "attacked");
    assertEquals("COL", l.country());
    assertEquals("admin1", l.precision());
  }

  @Test
  void theActorsHomeYieldsToThePlaceOfTheAct() {
    assertEquals("Haifa", placeOf("A man from a village near Jenin set off a bomb in the centre of Haifa on Friday.",
        "set"));
  }

  @Test
  void aPlaceOwningAPlaceNounPlacesTheAct() {
    assertEquals("Haiti", placeOf("Militiamen shot and killed a farmer outside Haiti's capital on Sunday.", "shot"));
    assertNull(placeOf("Police arrested two men at Jackson's apartment on Sunday.", "arrested"),
        "a name owning a flat is a person");
  }

  @Test
  void aTownActedOnInThePassiveIsThePlace() {
    assertEquals("Kandahar", placeOf("Kandahar was shelled heavily by government artillery on Tuesday.", "shelled"));
  }

  @Test
  void watersOffAndSkiesOverAPlaceAreThere() {
    assertEquals("Yemen", placeOf("Frigates patrolled the waters off Yemen last week.", "patrolled"));
    assertEquals("Nairobi", placeOf("Police helicopters patrolled the skies over Nairobi on Monday.", "patrolled"));
  }

  @Test
  void aDeedTheTextPlacesNowhereIsInTheDatelinesCountry() {
    String text = "LIMA, 5 OCT 89 -- Two U.S. citizens were killed by unidentified gunmen on Wednesday night.";
    for (Event e : Shared.pipeline().code(new org.vigil.model.Article("t", LocalDate.of(1989, 10, 5), text))) {
      if (e.trigger().text().equals("killed")) {
        assertEquals("PER", e.location().country());
        assertEquals("dateline", e.location().basis());
        return;
      }
    }
    throw new AssertionError("no killing coded");
  }

  private static Location locationOf(String text, String trigger) {
    for (Event e : code(text)) {
      if (e.trigger().text().equals(trigger)) {
        return e.location();
      }
    }
    throw new AssertionError("no event at '" + trigger + "' in: " + code(text));
  }

  @Test
  void aSmallPlaceTheGazetteerLacksKeepsItsNameAtItsContainersCoordinates() {
    Location l = locationOf("Two soldiers were killed when a bomb exploded in Barkoti district of Punjab province.",
        "exploded"); // the bombing, which the killing tells the toll of
    assertEquals("Barkoti", l.text());
    assertEquals("PAK", l.country());
    assertEquals("admin1", l.precision());
    assertNull(l.geonamesId());
    Location v = locationOf("Gunmen stormed the village of Zingeti in northern Nigeria on Tuesday.", "stormed");
    assertEquals("Zingeti", v.text());
    assertEquals("country", v.precision());
  }

  @Test
  void aPlaceNameEndingALongerNameIsNoPlace() {
    for (Event e : code("Gunmen attacked the Jefferson Medical Center on Monday.")) {
      assertTrue(e.location() == null || e.location().text() == null, () -> String.valueOf(e.location()));
    }
  }

  @Test
  void aLocationTheGazetteerLacksIsStillAPlaceAfterItsPreposition() {
    assertEquals("Tambura", placeOf("Soldiers killed three rebels in Tambura, near the border with Congo, on Sunday.",
        "killed"));
  }

  @Test
  void aHometownIsAPlaceNoun() {
    assertEquals("Tikrit", placeOf("Troops arrested two men near the former president's hometown of Tikrit.",
        "arrested"));
  }

  @Test
  void aSiteTheGazetteerLacksIsThePlaceInItsTown() {
    Location l = locationOf("Rebels stormed the Kindi Hospital in Aleppo on Tuesday.", "stormed");
    assertEquals("Kindi Hospital", l.text());
    assertEquals("SYR", l.country());
    assertEquals("Biju Hill", placeOf("Gunmen killed four guards at Biju Hill near Hama.", "killed"));
  }

  @Test
  void aSiteNameBeginningWithATownIsOneSite() {
    Location l = locationOf("Militants shelled the Aleppo Thermal Power Plant in northern Syria.", "shelled");
    assertEquals("Aleppo Thermal Power Plant", l.text());
    assertEquals("SYR", l.country());
  }

  @Test
  void aSiteNameThatRunsOnIsNoSiteOfItsOwn() {
    assertEquals("Atlanta", placeOf("She was stabbed and died later at Saint Luke Medical Center in "
        + "Atlanta.", "stabbed"));
  }

  @Test
  void aSettlementOfANamedPlaceIsThePlace() {
    assertEquals("Kfar Zeitun", placeOf("Troops raided the settlement of Kfar Zeitun near Nablus.", "raided"));
  }

  @Test
  void aCountryThatForceIsDoneToIsWhereItIsDone() {
    assertEquals("Serbia", placeOf("NATO bombed Serbia in 1999.", "bombed"));
    assertEquals("Ukraine", placeOf("Russian forces have captured about 20 percent of Ukraine.", "captured"));
    assertNull(placeOf("France criticized Syria on Monday.", "criticized"), "words aimed at a country happen anywhere");
  }

  @Test
  void aPlaceNounPassiveSubjectPlacesTheAct() {
    assertEquals("Peshawar", placeOf("The streets of Peshawar were patrolled by soldiers after the bombing.", "patrolled"));
  }

  @Test
  void aWhenClauseTellsWhereTheDeedHappened() {
    assertEquals("Quetta", placeOf("Two officers were killed when gunmen ambushed their car near Quetta, police in Karachi said.", "ambushed"));
  }

  @Test
  void aNameTheTokenizerSplitsAtAHyphenIsReadWhole() {
    assertEquals("Mazar-e-Sharif", placeOf("Government troops retook Mazar-e-Sharif after a week of fighting.", "retook"));
  }

  @Test
  void anArticleBeforeAHyphenIsNoPlaceOfItsOwn() {
    String place = placeOf("Gunmen killed a shopkeeper in the Mosul district of Al-Faisaliya on Tuesday.", "killed");
    assertEquals("Al-Faisaliya", place, "not 'Al-', an alias of some town named Al");
  }

  @Test
  void aTownBeforeAVenueIsWhereTheVenueIsHit() {
    assertEquals("Kabul", placeOf("A suicide bomber destroyed a crowded Kabul restaurant on Friday.", "destroyed"));
  }

  @Test
  void aPlaceThatOnlyLocatesAnotherYieldsToIt() {
    assertEquals("Sadr City", placeOf("Three policemen were killed in Baghdad's Sadr City district on Monday.", "killed"));
    assertEquals("Betong", placeOf("A teacher was shot dead in Yala's Betong district on Sunday.", "shot"));
  }

  @Test
  void aSmallPlaceInNoKnownCountryKeepsItsNameWithoutCoordinates() {
    Location l = locationOf("Gunmen stormed the village of Kambari as families slept, killing twelve people.", "stormed");
    assertEquals("Kambari", l.text(), "a joiner such as 'as' ends the name");
    assertNull(l.lat());
    assertNull(l.country());
  }

  @Test
  void aParticipleSaysWhereTheVictimWas() {
    assertEquals("Kirkuk", placeOf("Gunmen shot dead a shopkeeper walking near his house in the northern city of Kirkuk.",
        "shot"));
  }

  @Test
  void aVictimsAsClauseSharesThePlace() {
    assertEquals("Lahore", placeOf("A teacher was stabbed as she walked through a Lahore market on Monday.", "stabbed"));
  }

  @Test
  void aShareOfATownsPlacesIsInTheTown() {
    assertEquals("Mosul", placeOf("Militants destroyed one of Mosul's bridges on Monday.", "destroyed"));
  }

  @Test
  void aCampaignInACountryPlacesWhatHappensDuringIt() {
    assertEquals("Grenada", placeOf("The journalist was captured by soldiers during the invasion of Grenada.", "captured"));
  }

  @Test
  void anOfficialIsHitWhereHeServes() {
    assertEquals("Helmand province", placeOf("A roadside bomb killed the governor of Helmand province on Sunday.", "killed"));
    assertEquals("Peru", placeOf("Peru's deputy interior minister was shot dead on Monday.", "shot"));
  }

  @Test
  void aCountrysBuildingAbroadIsNotInThatCountry() {
    Location l = locationOf("Denmark's embassy was bombed on Monday.", "bombed");
    assertTrue(l == null || !"DNK".equals(l.country()) || l.text() == null, () -> String.valueOf(l));
  }

  @Test
  void whitherIsNotWhere() {
    Location l = locationOf("Three fighters were killed and the others fled towards Raqqa.", "killed");
    assertTrue(l == null || !"Raqqa".equals(l.text()), () -> String.valueOf(l));
  }

  @Test
  void aTownTheParseHangsOnTheDayIsTheVerbsObject() {
    assertEquals("Mogadishu", placeOf("Soldiers patrolled downtown Mogadishu Saturday.", "patrolled"));
  }

  @Test
  void aResultHungOnANounTakesThePlaceOfTheVerbAbove() {
    assertEquals("Tal Afar", placeOf("Gunmen carried out raids in Tal Afar district, killing nine people.", "killing"));
  }

  @Test
  void aHeightOrBaseWrittenSmallIsNamedByTheWordBefore() {
    assertEquals("Tal Kurdi", placeOf("Rebels captured the Tal Kurdi hill after two days of fighting.", "captured"));
    Location l = locationOf("The Navy base was attacked by gunmen on Monday.", "attacked");
    assertTrue(l == null || !"Navy".equals(l.text()), () -> String.valueOf(l));
  }

  @Test
  void aModifierMayStandBetweenThePrepositionAndTheTown() {
    assertEquals("Kafr Zita", placeOf("Two nurses were killed in rebel-held Kafr Zita on Monday.", "killed"));
  }

  @Test
  void aCityStateBeforeAHotelIsWhereTheHotelIs() {
    assertEquals("Singapore", placeOf("Hundreds of workers marched on a Singapore hotel on Monday.", "marched"));
  }

  @Test
  void theEntranceToAPlaceIsAtThePlace() {
    assertEquals("Bagram", placeOf("Around a hundred villagers demonstrated near the entrance to Bagram on Sunday.",
        "demonstrated"));
  }

  @Test
  void aPlaceOfAConjoinedActsParticipantIsNotTheFirstActs() {
    assertEquals(0, placedAt("A second suspect, Omar Haddad, was detained, and admitted before a judge in Lyon on Monday"
        + " that he had driven the car.", "Lyon"), "the judge sits in Lyon; the arrest may be anywhere");
    assertEquals("Darfur", placeOf("Gunmen killed three villagers and wounded ten in Darfur.", "killed"),
        "a place on the conjoined verb itself is still shared");
  }

  @Test
  void aDescribingClauseWithItsOwnTimeTellsAnotherEvent() {
    assertEquals(0, placedAt("Police detained a courier who had been stopped in March at a checkpoint in Tartus.", "Tartus"));
    assertEquals(0, placedAt("Police arrested a trader released in 2019 from a prison in Aleppo.", "Aleppo"));
    assertEquals("Hama", placeOf("Troops shot protesters who filled the main square of Hama.", "shot"),
        "without a time of its own the clause tells where the protesters were when shot");
  }

  @Test
  void aPlaceMadeIntoAnAdjectiveIsNotWhere() {
    assertEquals(0, placedAt("A car bomb exploded outside the gate of a US-led coalition base.", "US"));
  }

  @Test
  void whitherAfterAParticleIsNotWhere() {
    assertEquals(0, placedAt("The army has detained dozens of smugglers, including two leaders, and handed many of them"
        + " over to Turkey.", "Turkey"));
  }

  @Test
  void aSayingHungOnANounIsNotWhereTheNounIs() {
    for (Event e : code("Fighter jets bombed a depot near Sirte that rebels said held fuel.")) {
      if (e.trigger().text().equals("said")) {
        assertNull(e.location(), "the rebels may have said it anywhere");
      }
    }
  }

  @Test
  void aCountryNamedAloneAsThePassiveSubjectOfForceIsWhere() {
    assertEquals("Lebanon", placeOf("Lebanon was bombed by Israeli jets on Sunday.", "bombed"));
  }

  @Test
  void aFinerPlaceInsideAnOpeningSettingIsWhere() {
    assertEquals("Kafr Nabl", placeOf("In Idlib province, rebels shelled the village of Kafr Nabl on Monday.", "shelled"));
    assertEquals("Karrada", placeOf("In Baghdad on Sunday, three guards at a bank in the Karrada district were shot by"
        + " gunmen.", "shot"));
    assertEquals("Kenya", placeOf("In Kenya, a teacher from a village in the Garissa area was shot.", "shot"),
        "where the victim is from is no finer place of the act");
  }
}
