package org.vigil.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.Shared;

/** Who an actor is: coreference, institutions, names and titles. The sentences are the project's own. */
class ActorResolutionTest {
  private static List<Event> code(String text) {
    return Shared.pipeline().code(new Article("t", LocalDate.of(2015, 6, 10), text));
  }

  private static String triples(List<Event> events) {
    return events.stream().map(e -> (e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code() + " "
        + (e.target() == null ? "-" : e.target().code())).collect(Collectors.joining(", "));
  }

  private static Event only(String text, String trigger) {
    List<Event> events = code(text).stream().filter(e -> e.trigger().text().equals(trigger)).toList();
    assertEquals(1, events.size(), text + " gave " + events);
    return events.get(0);
  }

  @Test
  void anAppositionInASentenceWithNoEventStillTellsWhomTheNameSpeaksFor() {
    // the first sentence has no event word, yet it is where the reader learns whom Campos speaks for
    Event said = only("Rosa Campos, a senior adviser on Peru at the International Crisis Group, calls the treaty a "
        + "gamble. \"The harbour deal will not hold,\" Campos said.", "said");
    assertEquals("NGOICG", said.source().code());
  }

  @Test
  void aPronounAfterAnUncodedSpeakerIsThatSpeakerNotAnOlderOfficial() {
    List<Event> events = code("The Ecuadorian president met with Peruvian diplomats on Monday. Analyst Rosa Quintero "
        + "said the meeting went well. She criticized Colombia.");
    assertTrue(events.stream().skip(1).noneMatch(e -> e.source() != null && "ECUGOV".equals(e.source().code())),
        triples(events));
  }

  @Test
  void aTitledPersonOutsideTheTablesIsAPersonForALaterPronoun() {
    Event e = only("The Togolese president arrived in Accra on Monday. Ghanaian opposition leader Kwame Asante met "
        + "with Nigerian diplomats in Abuja. He criticized Togo.", "criticized");
    assertEquals("GHAOPP", e.source().code());
  }

  @Test
  void theyIsARecentSubjectAndAnObjectPronounIsNotItsOwnClausesSubject() {
    Event e = only("Rebels ambushed Malian soldiers near Gao. They disarmed the soldiers and beat them.", "beat");
    assertEquals("MLIREB MLIMIL", e.source().code() + " " + e.target().code());
  }

  @Test
  void theStateDepartmentIsAmericanWhateverCountryTheSentenceNames() {
    assertEquals("USAGOV", only("A State Department spokesperson criticized North Korea on Tuesday.", "criticized")
        .source().code());
    assertEquals("USAGOV", only("A State Department press officer criticized Iran.", "criticized").source().code());
  }

  @Test
  void congressIsTheUsLegislatureUnlessAnotherCountryIsNamed() {
    assertEquals("USALEG", only("Congress condemned Venezuela on Friday.", "condemned").source().code());
    assertEquals("PERLEG", only("Peru's Congress condemned Venezuela on Friday.", "condemned").source().code());
  }

  @Test
  void foreignOrInternationalActorsTakeNoCountryFromContext() {
    Event e = only("Afghan officials said international forces attacked a village in Helmand province.", "attacked");
    assertNull(e.source().country(), e.source().code());
  }

  @Test
  void kidnappersAreOfThePlaceNotOfTheirCaptivesNationality() {
    Event e = only("Masked gunmen seized four Dutch surveyors at a gold mine in Burkina Faso.", "seized");
    assertEquals("BFA NLD", e.source().country() + " " + e.target().country());
  }

  @Test
  void captivesNationalityIsNotTheirCaptorsButCapturedSoldiersOftenAre() {
    Event freed = only("Militants freed three Norwegian teachers after a month in captivity.", "freed");
    assertNull(freed.source().country(), freed.source().code());
    assertEquals("NOR", freed.target().country());
    Event captured = only("Rebels captured eleven Chadian soldiers near the lake.", "captured");
    assertEquals("TCD", captured.source().country());
  }

  @Test
  void peopleFromACountryAreItsEvenWhenTheParseHangsFromOnTheVerb() {
    assertEquals("CHLGOV 043 BOLGOV, CHLGOV 043 PRYGOV",
        triples(code("The Chilean president hosted envoys from Bolivia and Paraguay.")));
    // The country of whom one meets is not one's own.
    assertEquals("GOV 040 SENGOV", triples(code("The minister met an envoy from Senegal.")));
    assertEquals("GOV 040 IGOWBK", triples(code("The finance minister held talks with officials from the World Bank.")));
    // A verb that moves people "from" somewhere names the place, here the state it reduces relations with.
    assertEquals("ECU 161 VENGOV", triples(code("Ecuador recalled its ambassador from Caracas.")));
  }

  @Test
  void bothCountriesAreTheTwoStatesJustNamed() {
    List<Event> events = code("Ghana and Togo signed a border accord on Monday. Both countries accused Niger of arming the rebels.");
    assertTrue(events.stream().filter(e -> e.trigger().text().equals("accused"))
        .map(e -> e.source().code()).toList().containsAll(List.of("GHA", "TGO")), triples(events));
  }

  @Test
  void aStateBodyIsNotOfTheCountryItActsOn() {
    Event e = only("Officials urged Turkey to release the journalists.", "urged");
    assertNull(e.source().country(), e.source().code());
    assertEquals("TCDREB", only("Rebels attacked Chad's army near the border.", "attacked").source().code());
    Event hosted = only("The president hosted the Kenyan leader on Monday.", "hosted");
    assertNull(hosted.source().country(), "Kenya is the guest's country: " + hosted.source().code());
    assertEquals("KENGOV", hosted.target().code());
  }

  @Test
  void unInsideAPersonsNameIsNotTheUnitedNations() {
    assertEquals("PRKGOV", only("North Korean leader Kim Jong Un criticized South Korea.", "criticized")
        .source().code());
  }

  @Test
  void theyWhoShootAreTheArmedGroupNamedBefore() {
    List<Event> events = code("Gunmen stormed a market in northern Mali on Monday. Village elders and Malian officials"
        + " were meeting nearby. They attacked the market at dawn, witnesses said.");
    Event attack = events.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
    assertEquals("MLIUAF", attack.source().code());
  }

  @Test
  void thePresidentIsTheLatestPresidentNamedEvenInsideAPhrase() {
    Event e = only("French President Francois Hollande spoke on Monday. An aide to Indonesian President Joko Widodo"
        + " denied the report. The president condemned the attack on Tuesday.", "condemned");
    assertEquals("IDNGOV", e.source().code());
  }

  @Test
  void aPresidentTheTablesDoNotKnowIsStillTheLatestPresident() {
    Event e = only("U.S. President Joe Biden spoke on Monday. An aide to Peruvian President Ana Lucia Ramos"
        + " denied the report. The president condemned the attack on Tuesday.", "condemned");
    assertEquals("PERGOV", e.source().code());
  }

  @Test
  void aVicePresidentIsNotTheLaterPresident() {
    assertTrue(Discourse.titled("Afghan President Ashraf Ghani", "president"));
    assertFalse(Discourse.titled("Vice President Ana Ramos", "president"));
    assertFalse(Discourse.titled("former President Ana Ramos", "president"));
  }

  @Test
  void aBareFamilyNameIsThePersonTheArticleNamedInFull() {
    Event e = only("Kim Jong Un arrived in Beijing on Tuesday. Kim praised China.", "praised");
    assertEquals("PRKGOV", e.source().code());
  }

  @Test
  void aBareSurnameOfSomeoneOutOfOfficeIsNotThatOfficeHolder() {
    // The tables know a later Sudanese prime minister named Idris; in 2015 "Idris" is someone else.
    List<Event> events = code("Idris told reporters that the border would stay open.");
    assertTrue(events.stream().noneMatch(e -> e.source() != null && "SDN".equals(e.source().country())),
        triples(events));
  }

  @Test
  void countryAndSectorWordsInsideAnOrganisationsNameGiveNoNationalityOrSector() {
    Event e = only("Ana Ruiz of the German Marshall Fund criticized Russia.", "criticized");
    assertTrue(e.source() == null || !"DEU".equals(e.source().country()), e.source() + "");
    Event f = only("Maria Lopez of the International Refugee Assistance Project criticized the Justice Department.",
        "criticized");
    assertTrue(f.source() == null || !f.source().sectors().contains("REF"), f.source() + "");
  }

  @Test
  void aNameTheParseSplitStillNamesTheOrganisation() {
    assertEquals("NGORSF", only("Media watchdog Reporters Without Borders condemned Cambodia.", "condemned")
        .source().code());
  }

  @Test
  void aDefaultTitleYieldsToTheSectorThePhraseNames() {
    assertEquals("ZMBOPP", only("The leader of the opposition in Zambia criticized the government.", "criticized")
        .source().code());
  }

  @Test
  void aPeopleNamedByTheCountryTheyLiveInIsOfThatCountry() {
    assertEquals("BIH", only("Bosnian Croats criticized Serbia on Monday.", "criticized").source().code());
    assertEquals("SRB", only("Serbs criticized Croatia on Monday.", "criticized").source().code());
  }

  @Test
  void aStateNamedBeforeItsIndependenceIsTheStateItWasPartOf() {
    String text = "South Sudanese officials criticized Kenya on Monday.";
    Event before = Shared.pipeline().code(new Article("t", LocalDate.of(2005, 6, 10), text)).get(0);
    assertEquals("SDNGOV", before.source().code());
    assertEquals("SSDGOV", only(text, "criticized").source().code());
  }

  @Test
  void theSecurityCouncilIsTheUnsButNotInsideAnotherCouncilsName() {
    assertEquals("IGOUNOSEC", only("The Security Council condemned Syria on Monday.", "condemned").source().code());
    Event e = only("Iran's Supreme National Security Council condemned Israel.", "condemned");
    assertTrue(e.source() == null || !e.source().code().startsWith("IGO"), e.source() + "");
  }

  @Test
  void aForceLedByACountryIsThatCountrys() {
    assertEquals("SAUMIL", only("Saudi-led forces shelled the port on Tuesday.", "shelled").source().code());
  }

  @Test
  void aTitleBeforeANameIsNoPartOfTheName() {
    assertEquals("QATGOV", only("Sheikh Abdullah bin Nasser bin Khalifa Al Thani criticized Israel.", "criticized")
        .source().code());
  }

  @Test
  void whoseAllyAPhraseNamesIsSomeoneElse() {
    Event e = only("Rebels killed the commander of Uganda's militia ally in northern Mali.", "killed");
    assertEquals("MLI", e.target().country(), e.target().code());
  }

  @Test
  void aPersonFromATownIsOfTheTownsCountryNotOfWhereTheyAre() {
    assertEquals("FRANGO", only("An aid worker from Marseille was detained in Niger on Tuesday.", "detained")
        .target().code());
    assertEquals("CANREL", only("A missionary from Winnipeg was arrested in Egypt on Friday.", "arrested")
        .target().code());
  }

  @Test
  void aCountryNameOneLetterOffIsThatCountry() {
    assertEquals("VEN", only("Venezuala condemned Colombia on Monday.", "condemned").source().code());
  }

  @Test
  void aLeadingCountrySplitFromLedByAHyphenStillLeads() {
    Event e = only("Rwandan-led forces attacked rebel camps near the Ugandan border on Friday, killing 20, Ugandan "
        + "army sources said.", "attacked");
    assertEquals("RWAMIL", e.source().code());
  }

  @Test
  void aPeopleIsOfTheCountryItLivesIn() {
    assertEquals("XKX", only("Troops attacked the Serb minority in Kosovo on Monday.", "attacked").target().code());
    Event e = only("After entering Macedonia, rebels shelled the Albanian population of the province.", "shelled");
    assertEquals("MKDCVL", e.target().code());
  }

  @Test
  void countedOrDescribedPeopleOfACountryAreCiviliansAndABarePeopleIsTheCountry() {
    assertEquals("NGACVL", only("Libyan authorities deported 240 Nigerians on Monday.", "deported").target().code());
    assertEquals("PSE", only("The Palestinians rejected the plan on Monday.", "rejected").source().code());
  }

  @Test
  void aBareCongressInAnotherCountryIsThatCountrys() {
    assertEquals("INDPTYINC", only("In India, Congress leaders criticized the government on Tuesday.", "criticized")
        .source().code());
    assertEquals("USALEG", only("Congress condemned Venezuela on Friday.", "condemned").source().code());
  }

  @Test
  void anArmedGroupFightingAbroadKeepsItsCountry() {
    assertEquals("LBNREBHEZ", only("Hezbollah fighters in Syria attacked a rebel position on Monday.", "attacked")
        .source().code());
  }

  @Test
  void aNameMetOnlyInsideAQuotationIsNoAntecedentOfTheNarrationsPronoun() {
    List<Event> events = code("Analyst Maria Lopez said the talks with Moscow had stalled. \"President Putin wants a "
        + "weaker Europe and he will not stop,\" she said. She criticized Germany.");
    assertTrue(events.stream().noneMatch(e -> e.source() != null && "RUSGOV".equals(e.source().code())),
        triples(events));
  }

  @Test
  void itIsNoPluralNoun() {
    Event e = only("Kenyan authorities said the convoy was passing through Garissa when it came under attack.", "attack");
    assertNull(e.target(), e.target() == null ? "" : e.target().code());
  }

  @Test
  void aStateIsNotWhoIsDetained() {
    Event e = only("Thai officials met Chinese diplomats on Monday. Neither Beijing nor Bangkok has said why they "
        + "were detained in Bangkok by the police.", "detained");
    assertNull(e.target(), e.target() == null ? "" : e.target().code());
  }

  @Test
  void describedPeopleOfACountryAreCiviliansAlsoWhenTheTaggerReadsAName() {
    assertEquals("MARCVL", only("Young Moroccans blocked the streets into the old town on Sunday.", "blocked")
        .source().code());
  }

  @Test
  void aBodyOfTheWorldIsNoStatesLegislature() {
    List<Event> events = code("Chinese police detained eight Tibetan monks in Lhasa on Monday. The vice chair of the "
        + "World Tibetan Congress criticized the arrests.");
    assertTrue(events.stream().noneMatch(e -> e.source() != null && e.source().code().endsWith("LEG")), triples(events));
  }

  @Test
  void crimeGroupsAndCongressmenHaveTheirSectors() {
    assertEquals("SRBCRM", only("A member of a Serbian organized crime group threatened a judge in Belgrade.",
        "threatened").source().code());
    assertEquals("USALEG", only("Democratic U.S. Congressman Tom Hale of Ohio criticized Cuba.", "criticized")
        .source().code());
  }

  @Test
  void anHonorificGivesAGenderThatAPronounMustFit() {
    assertEquals(Character.valueOf('f'), Discourse.titleGender("Ms. Ana Ruiz"));
    assertEquals(Character.valueOf('m'), Discourse.titleGender("Mr. Li"));
    assertNull(Discourse.titleGender("President Ruiz"));
    Event e = only("Ms. Ana Ruiz, a Chilean opposition lawmaker, met Argentine diplomats in Santiago. Mr. Tomas Vidal, a "
        + "Peruvian opposition lawmaker, attended the talks. She criticized Bolivia.", "criticized");
    assertEquals("CHLLEGOPP", e.source().code());
  }

  @Test
  void aCrowdOfPeopleIsCiviliansButPeopleInANameAreNot() {
    assertEquals("KENCVL", only("Hundreds of people rallied in Mombasa on Sunday against fuel prices.", "rallied")
        .source().code());
    assertEquals("KENCVL", only("Police arrested dozens of people in Mombasa.", "arrested").target().code());
    assertEquals("KENCVL", only("Police dispersed a crowd in Kisumu.", "dispersed").target().code());
    assertEquals("SYRCVL", only("Shelling killed nine people in Aleppo, far from the Turkish border.", "killed")
        .target().code());
    assertEquals("SYRREBYPG", only("People's Protection Units shelled Turkish positions near Afrin.", "shelled")
        .source().code());
    // Victims are particular people, counted or not; people in general are no actor.
    assertEquals("KENCVL", only("Gunmen shot people at a market in Mombasa.", "shot").target().code());
    assertTrue(code("People in Kenya lose their licences when they are convicted of drunk driving.").stream()
        .noneMatch(e -> e.target() != null && e.target().sectors().contains("CVL")));
    Event bombs = only("Unidentified people planted two bombs outside a bank in Mombasa.", "planted");
    assertTrue(bombs.source() == null || !bombs.source().sectors().contains("CVL"), bombs.source() + "");
  }

  @Test
  void aRebelHeldPlaceStandsForItsHolders() {
    assertEquals("MKDREB", only("The Macedonian army shelled rebel-held hamlets on Friday.", "shelled").target().code());
  }

  @Test
  void academicsAreEducationAndThinkTanksNgosNeverTheState() {
    assertEquals("UGAEDU", only("Lecturers at Makerere University accused the Ugandan government of censorship.",
        "accused").source().code());
    assertEquals("RUSEDU", only("A Russian scholar accused the Kremlin of lying.", "accused").source().code());
    assertEquals("CANNGO", only("An analyst at a Canadian think tank criticized Ottawa.", "criticized").source().code());
    List<Event> events = code("The American president spoke in Ohio on Tuesday. A senior official at the Hudson Institute"
        + " criticized Mexico.");
    assertTrue(events.stream().noneMatch(e -> e.source() != null && "USAGOV".equals(e.source().code())
        && e.trigger().text().equals("criticized")), triples(events));
  }

  @Test
  void aPresidentialAdviserIsGovernmentWhateverUniversityHeComesFrom() {
    assertTrue(only("Egyptian presidential adviser Omar Nabil of Cairo University criticized Ethiopia.", "criticized")
        .source().sectors().contains("GOV"));
  }

  @Test
  void rebelsNamedBesideAGovernmentAreOfItsCountry() {
    List<Event> events = code("Norway hosted talks between the Philippine government and the communist rebels.");
    assertEquals("NOR 043 PHLGOV, NOR 043 PHLREB", triples(events));
  }

  @Test
  void partiesConjoinedInsideAModifierAreEachAnActor() {
    List<Event> events = code("Envoys from Mali and the separatists met in Algiers.");
    assertEquals("MLIGOV 040 MLISEP, MLISEP 040 MLIGOV", triples(events));
  }

  @Test
  void aMiddleInitialTheTablesLeaveOutIsStillThePerson() {
    assertEquals("RUSGOV", only("President Vladimir V. Putin praised Kazakhstan for its grain harvest on Tuesday.",
        "praised").source().code());
  }

  @Test
  void aCountryNamedAfterTeamIsASportsSquadNotTheState() {
    assertTrue(code("Team Brazil beat Germany in the semifinal of the volleyball tournament.").stream()
        .noneMatch(e -> e.source() != null && "BRA".equals(e.source().country())));
    assertEquals("BRA", only("Brazil criticized Germany over the tariffs.", "criticized").source().code());
  }

  @Test
  void rightsActivistsAreHumanRightsActivists() {
    assertEquals("THAHRI", only("Thai rights activists criticized the police on Monday.", "criticized").source().code());
  }
}
