package org.vigil.actor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;
import org.vigil.table.Names;
import org.vigil.table.TsvTable;
import org.vigil.table.WordTable;

/**
 * Every name Vigil knows for an actor: countries (names, demonyms, capitals as metonyms),
 * international and non-governmental organisations, and office-holders with their dates, from
 * the TSV tables beside this class and from user dictionaries.
 */
public final class ActorLexicon {
  private static final int MAX_TOKENS = 10;
  /** Words before a name that the tagger may count as part of it, though they are no part of it ("Sheikh"). */
  private static final Set<String> HONORIFICS = WordTable.load(ActorLexicon.class, "words/honorifics.tsv");
  private final Map<String, List<ActorEntry>> byName = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  /** Imported TABARI stems: the last word of the name matches any word it begins. */
  private final Map<String, List<ActorEntry>> stems = new HashMap<>();
  /** Exact names from imported dictionaries, which outrank stems ("ISRAELI" over the stem "ISRAEL"). */
  private final Set<String> importedExact = new HashSet<>();
  /** Names written in capitals in the tables ("UN", "WHO", "U.N."): a text must write them so too ("Un" is no UN). */
  private final Set<String> capitalsOnly = new HashSet<>();
  private final Set<String> anyCase = new HashSet<>();
  /** States that seceded after 1990: iso3 to {independence day, the state it was part of}. */
  private final Map<String, Object[]> successions = new HashMap<>();
  /** Small words inside Romance place names: a name after one ends a longer name ("Mocimboa da Praia"). */
  private static final Set<String> NAME_LINKS = WordTable.load(ActorLexicon.class, "words/name-links.tsv");
  /** Shortest country name or demonym a misspelling is matched to. */
  private static final int MIN_MISSPELT = 6;
  /** One-word country names and demonyms, under themselves and each spelling with one letter left out. */
  private final Map<String, Set<String>> countryVariants = new HashMap<>();

  public ActorLexicon() {
    loadCountries(TsvTable.resource(ActorLexicon.class, "countries.tsv",
        "iso3", "name", "aliases", "demonyms", "capitals", "guarded"));
    loadOrganisations(TsvTable.resource(ActorLexicon.class, "organisations.tsv",
        "code", "name", "aliases", "kind", "country"));
    loadOrganisations(TsvTable.resource(ActorLexicon.class, "groups.tsv",
        "code", "name", "aliases", "kind", "country"));
    loadOrganisations(TsvTable.resource(ActorLexicon.class, "institutions.tsv",
        "code", "name", "aliases", "kind", "country"));
    loadPeople(TsvTable.resource(ActorLexicon.class, "people.tsv",
        "name", "aliases", "code", "role", "start", "end"));
    for (TsvTable.Row r : TsvTable.resource(ActorLexicon.class, "successions.tsv", "iso3", "independent", "from")
        .rows()) {
      successions.put(r.get("iso3"), new Object[] {date(r, "independent"), r.get("from")});
    }
  }

  /**
   * The state a country was part of on {@code date} when it was not yet independent ("South Sudan"
   * in 2000 is Sudan), else null.
   */
  public String before(String iso3, LocalDate date) {
    Object[] s = iso3 == null || date == null ? null : successions.get(iso3);
    if (s == null || !date.isBefore((LocalDate) s[0])) {
      return null;
    }
    String older = before((String) s[1], date);
    return older != null ? older : (String) s[1];
  }

  /** Adds a user's tables: any of countries.tsv, organisations.tsv, people.tsv found in {@code dir}. */
  public void addUserTables(Path dir) {
    Path countries = dir.resolve("countries.tsv");
    Path orgs = dir.resolve("organisations.tsv");
    Path people = dir.resolve("people.tsv");
    if (Files.exists(countries)) {
      loadCountries(TsvTable.file(countries, "iso3", "name", "aliases", "demonyms", "capitals", "guarded"));
    }
    if (Files.exists(orgs)) {
      loadOrganisations(TsvTable.file(orgs, "code", "name", "aliases", "kind", "country"));
    }
    if (Files.exists(people)) {
      loadPeople(TsvTable.file(people, "name", "aliases", "code", "role", "start", "end"));
    }
  }

  /** Adds one entry under a name, in front of any entry already there (user entries win). */
  public void add(String name, ActorEntry entry) {
    String key = Names.key(name);
    if (name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase)) {
      capitalsOnly.add(key);
    } else {
      anyCase.add(key); // "Unicef" beside "UNICEF"
    }
    int space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.substring(0, space));
    List<ActorEntry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
    list.removeIf(e -> e.equals(entry));
    list.add(0, entry);
  }

  /**
   * Adds an imported dictionary's entries for one name, tried in this order and before any entry
   * already there. A {@code stem} name matches when the sentence's last word of the span begins
   * with the name's last word (a stem "ZAROVI" matches "Zarovia" and "Zarovian").
   */
  public void addImported(String name, boolean stem, List<ActorEntry> entries) {
    String key = Names.key(name);
    List<ActorEntry> list = (stem ? stems : byName).computeIfAbsent(key, k -> new ArrayList<>());
    list.removeAll(entries);
    list.addAll(0, entries);
    if (!stem) {
      importedExact.add(key);
    }
  }

  /** Whether a capitalised word is, or begins, a name in the tables ("Syrian", "Juppe", "Hezbollah"). */
  public boolean knowsWord(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && firstWords.contains(Names.key(word));
  }

  /**
   * A party of the country whose name holds the word ("Congress": India's National Congress), or
   * null when it has none or several.
   */
  public ActorEntry partyNamed(String word, String iso3) {
    ActorEntry found = null;
    for (List<ActorEntry> list : byName.values()) {
      for (ActorEntry e : list) {
        if (e.kind() == ActorEntry.Kind.ORGANISATION && iso3.equals(e.country()) && e.sectors().contains("PTY")
            && (" " + Names.key(e.name()) + " ").contains(" " + Names.key(word) + " ")) {
          if (found != null && !found.code().equals(e.code())) {
            return null;
          }
          found = e;
        }
      }
    }
    return found;
  }

  /** The country's common name for an ISO alpha-3 code, or the code itself. */
  public String countryName(String iso3) {
    return countryNames.getOrDefault(iso3, iso3);
  }

  public boolean isCountry(String iso3) {
    return countryNames.containsKey(iso3);
  }

  private void loadCountries(TsvTable t) {
    for (TsvTable.Row r : t.rows()) {
      String iso = r.get("iso3");
      if (!iso.matches("[A-Z]{3}")) {
        throw r.error("iso3 '" + iso + "' is not three capital letters");
      }
      String name = r.get("name");
      countryNames.put(iso, name);
      Set<String> guarded = new HashSet<>();
      for (String g : r.list("guarded")) {
        guarded.add(Names.key(g));
      }
      List<String> names = new ArrayList<>(r.list("aliases"));
      names.add(0, name);
      for (String n : names) {
        add(n, new ActorEntry(ActorEntry.Kind.COUNTRY, name, iso, iso, List.of(), null, null, null,
            guarded.contains(Names.key(n))));
        if (!guarded.contains(Names.key(n))) {
          indexVariants(n);
        }
      }
      for (String d : r.list("demonyms")) {
        add(d, new ActorEntry(ActorEntry.Kind.DEMONYM, name, iso, iso, List.of(), null, null, null,
            guarded.contains(Names.key(d))));
        if (!guarded.contains(Names.key(d))) {
          indexVariants(d);
        }
      }
      for (String c : r.list("capitals")) {
        add(c, new ActorEntry(ActorEntry.Kind.CAPITAL, name + " government", iso + "GOV", iso,
            List.of("GOV"), null, null, null, guarded.contains(Names.key(c))));
      }
    }
  }

  private void loadOrganisations(TsvTable t) {
    for (TsvTable.Row r : t.rows()) {
      String code = r.get("code");
      if (!code.matches("[A-Z]{3,12}")) {
        throw r.error("code '" + code + "' is not 3 to 12 capital letters");
      }
      String country = r.get("country");
      String kind = r.get("kind");
      // Armed groups and parties (groups.tsv) carry their sector as kind: "LBNREBHEZ" is REB of LBN.
      List<String> sectors = !country.isEmpty() && kind.matches("[A-Z]{3}") && !kind.equals("IGO")
          && !kind.equals("NGO") ? List.of(kind) : List.of();
      List<String> names = new ArrayList<>(r.list("aliases"));
      names.add(0, r.get("name"));
      for (String n : names) {
        add(n, new ActorEntry(ActorEntry.Kind.ORGANISATION, r.get("name"), code,
            country.isEmpty() ? null : country, sectors, null, null, kind, false));
      }
    }
  }

  private void loadPeople(TsvTable t) {
    for (TsvTable.Row r : t.rows()) {
      String code = r.get("code");
      if (!code.matches("[A-Z]{3,12}")) {
        throw r.error("code '" + code + "' is not 3 to 12 capital letters");
      }
      LocalDate from = date(r, "start");
      LocalDate to = date(r, "end");
      String country = code.startsWith("IGO") || code.startsWith("NGO") ? null : code.substring(0, 3);
      List<String> sectors = sectorsOf(code);
      List<String> names = new ArrayList<>(r.list("aliases"));
      names.add(0, r.get("name"));
      for (String n : names) {
        add(n, new ActorEntry(ActorEntry.Kind.PERSON, r.get("name"), code, country, sectors, from, to,
            r.get("role"), false));
      }
    }
  }

  private static List<String> sectorsOf(String code) {
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  private static LocalDate date(TsvTable.Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw r.error(column + " '" + v + "' is not a date (YYYY-MM-DD)");
    }
  }

  /**
   * Finds the longest table names in a sentence, left to right. A match must start with a capital
   * (so "us" is never the U.S.), and a guarded name must not be tagged as a person or run on into
   * a longer proper name ("the Jordan River").
   */
  public List<ActorMatch> find(ParsedSentence s, String text) {
    List<ActorMatch> out = new ArrayList<>();
    int n = s.size();
    for (int i = 0; i < n; i++) {
      Token first = s.token(i);
      if (!Character.isUpperCase(first.word().codePointAt(0))) {
        continue;
      }
      String led = ledBy(first.word());
      if (led != null) {
        out.add(new ActorMatch(i, i, byName.get(led)));
        continue;
      }
      int matched = -1;
      for (int j = Math.min(n - 1, i + MAX_TOKENS - 1); j >= i; j--) {
        if (j > i && s.token(j).word().chars().noneMatch(Character::isLetterOrDigit)) {
          continue; // "Vietnamese-" of "Vietnamese-led": a name does not end in a hyphen the parser gave to the next word
        }
        String key = Names.key(text.substring(first.start(), s.token(j).end()));
        List<ActorEntry> entries = byName.get(key);
        if (entries == null && j - i >= 2) {
          entries = withoutMiddleInitials(s, i, j);
        }
        if (!stems.isEmpty() && !importedExact.contains(key)) {
          List<ActorEntry> stemmed = stem(s, text, i, j);
          entries = stemmed != null ? stemmed : entries;
        }
        if (entries == null || (i == j && !s.token(j).word().chars().anyMatch(Character::isLetter))) {
          continue;
        }
        if (entries.get(0).guarded() && !guardedNameHolds(s, i, j)) {
          continue;
        }
        if (capitalsOnly.contains(key) && !anyCase.contains(key) && !importedExact.contains(key)
            && text.substring(first.start(), s.token(j).end()).chars().anyMatch(Character::isLowerCase)) {
          continue;
        }
        if (entries.get(0).kind() == ActorEntry.Kind.ORGANISATION && personRunsOn(s, i, j)) {
          continue; // "Un" of "Kim Jong Un"
        }
        if (afterTeam(s, i) && entries.get(0).kind() != ActorEntry.Kind.PERSON
            && entries.get(0).kind() != ActorEntry.Kind.ORGANISATION) {
          continue; // "Team USA", "Team Canada": a national squad of sportsmen, not the state
        }
        if (entries.get(0).kind() == ActorEntry.Kind.ORGANISATION && organisationRunsOn(s, i)) {
          continue; // "Security Council" of Iran's "Supreme National Security Council"
        }
        if (i >= 2 && NAME_LINKS.contains(s.token(i - 1).word()) && s.token(i - 2).isProperNoun()) {
          continue; // "Praia" of "Mocimboa da Praia", "Paz" of "Ciudad de la Paz": the end of a longer name
        }
        if (entries.get(0).kind() == ActorEntry.Kind.PERSON && i == j && !"PERSON".equals(first.ner())
            && !precededByTitle(s, i)) {
          // A bare surname ("Rice", "Bush") needs the tagger to see a person.
          continue;
        }
        if (entries.get(0).kind() == ActorEntry.Kind.PERSON && personRunsOn(s, i, j)) {
          // Part of a longer name the tables do not know: "Abdelaziz" in "Abdelaziz Bouteflicka" is not
          // the foreign minister Mohamed Abdelaziz.
          continue;
        }
        out.add(new ActorMatch(i, j, entries));
        matched = j;
        break;
      }
      if (matched >= 0) {
        i = matched;
      } else {
        List<ActorEntry> misspelt = misspeltCountry(first);
        if (misspelt != null && !afterTeam(s, i)) {
          out.add(new ActorMatch(i, i, misspelt));
        }
      }
    }
    return out;
  }

  /**
   * A one-word country name or demonym written one letter off ("Ethopia", "Afghanstan"): news
   * copy has typos, and a long name one edit from exactly one country is that country. The word
   * must be a capitalised name of at least six letters with the name's first letter, and not a
   * person's; guarded names ("Jordan") are never guessed.
   */
  private List<ActorEntry> misspeltCountry(Token t) {
    String w = t.word();
    if (w.length() < MIN_MISSPELT || !t.isProperNoun() && !t.pos().equals("JJ") || "PERSON".equals(t.ner())
        || !w.chars().allMatch(Character::isLetter)) {
      return null;
    }
    String key = Names.key(w);
    Set<String> hits = new HashSet<>();
    for (String v : oneDeleted(key)) {
      hits.addAll(countryVariants.getOrDefault(v, Set.of()));
    }
    hits.removeIf(k -> k.charAt(0) != key.charAt(0));
    List<ActorEntry> found = hits.size() == 1 ? byName.get(hits.iterator().next()) : null;
    if (found != null && "LOCATION".equals(t.ner()) && found.stream().allMatch(e -> e.kind() == ActorEntry.Kind.DEMONYM)) {
      return null; // a place the tagger knows is no misspelt people: "the island of Palawan" is not Palauan
    }
    return found;
  }

  /** The word and every spelling of it with one letter left out. */
  private static List<String> oneDeleted(String key) {
    List<String> out = new ArrayList<>(List.of(key));
    for (int k = 0; k < key.length(); k++) {
      out.add(key.substring(0, k) + key.substring(k + 1));
    }
    return out;
  }

  private void indexVariants(String name) {
    String key = Names.key(name);
    if (key.length() >= MIN_MISSPELT && key.chars().allMatch(Character::isLetter)) {
      for (String v : oneDeleted(key)) {
        countryVariants.computeIfAbsent(v, x -> new HashSet<>()).add(key);
      }
    }
  }

  /**
   * The country key of a one-token "Saudi-led" or "U.S.-led" (a force led by that country), else
   * null. "Iranian-backed" militias are not Iran's, so only "-led" counts.
   */
  private String ledBy(String word) {
    if (!word.endsWith("-led") || word.length() < 6) {
      return null;
    }
    String key = Names.key(word.substring(0, word.length() - 4));
    List<ActorEntry> e = byName.get(key);
    return e != null && (e.get(0).kind() == ActorEntry.Kind.COUNTRY || e.get(0).kind() == ActorEntry.Kind.DEMONYM)
        ? key : null;
  }

  /** Imported stem entries for tokens i..j: the words before j exactly, token j by its longest prefix. */
  private List<ActorEntry> stem(ParsedSentence s, String text, int i, int j) {
    String before = i == j ? "" : Names.key(text.substring(s.token(i).start(), s.token(j - 1).end())) + " ";
    String last = Names.key(s.token(j).word());
    for (int k = last.length(); k >= 1; k--) {
      if (k < last.length() && k - (last.lastIndexOf(' ', k - 1) + 1) < 3) {
        break; // a stem of one or two letters ("THE_QU") is read as the exact word, else it catches "Quendar"
      }
      List<ActorEntry> e = stems.get(before + last.substring(0, k));
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static boolean guardedNameHolds(ParsedSentence s, int i, int j) {
    // "Jordan condemned Israel": the tagger may take a lone country name for a person's; one that
    // runs on into other names or follows a title ("Michael Jordan", "Mr. Chad") is a person.
    boolean lone = i == j && !(i > 0 && (s.token(i - 1).isNoun() || HONORIFICS.contains(
        s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT)))); // "star Jordan" is a person
    if ("PERSON".equals(s.token(i).ner()) && !lone) {
      return false;
    }
    if (j + 1 < s.size()) {
      Token next = s.token(j + 1);
      String w = next.word().toLowerCase();
      if (next.isProperNoun() && Character.isUpperCase(next.word().codePointAt(0)) && !next.lemma().equals("'s")
          || w.equals("river") || w.equals("valley") || w.equals("state")) {
        return false;
      }
    }
    return !(i > 0 && s.token(i - 1).isProperNoun() && !"LOCATION".equals(s.token(i).ner())
        && Character.isUpperCase(s.token(i - 1).word().codePointAt(0)));
  }

  /** Whether the word at {@code i} follows a capitalised "Team": "Team USA" is a squad, not the state. */
  private static boolean afterTeam(ParsedSentence s, int i) {
    return i > 0 && s.token(i - 1).word().equals("Team");
  }

  /**
   * A person's table entries for a name written with middle initials the table leaves out
   * ("George H. Walker" for a table's George Walker); null when the name without them is no known person.
   */
  private List<ActorEntry> withoutMiddleInitials(ParsedSentence s, int i, int j) {
    StringBuilder b = new StringBuilder(s.token(i).word());
    boolean dropped = false;
    for (int k = i + 1; k < j; k++) {
      String w = s.token(k).word();
      if (w.matches("\\p{Lu}\\.?")) {
        dropped = true;
      } else {
        b.append(' ').append(w);
      }
    }
    if (!dropped) {
      return null;
    }
    List<ActorEntry> e = byName.get(Names.key(b.append(' ').append(s.token(j).word()).toString()));
    return e != null && e.get(0).kind() == ActorEntry.Kind.PERSON ? e : null;
  }

  /** Whether the match at {@code i..j} is part of a longer person name ("Un" of "Kim Jong Un"). */
  private static boolean personRunsOn(ParsedSentence s, int i, int j) {
    return j + 1 < s.size() && "PERSON".equals(s.token(j + 1).ner()) && "PERSON".equals(s.token(j).ner())
        || i > 0 && "PERSON".equals(s.token(i - 1).ner()) && "PERSON".equals(s.token(i).ner())
        && !HONORIFICS.contains(s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT));
  }


  /** Whether the name at {@code i} ends a longer organisation name the tables do not know. */
  private static boolean organisationRunsOn(ParsedSentence s, int i) {
    if (i == 0 || !"ORGANIZATION".equals(s.token(i).ner())) {
      return false;
    }
    Token before = s.token(i - 1);
    return before.isProperNoun() && "ORGANIZATION".equals(before.ner())
        && Character.isUpperCase(before.word().codePointAt(0));
  }

  private static boolean precededByTitle(ParsedSentence s, int i) {
    return i > 0 && (s.token(i - 1).isProperNoun() || s.token(i - 1).word().equals("Mr.")
        || s.token(i - 1).word().equals("Mrs.") || s.token(i - 1).word().equals("Ms."));
  }
}
