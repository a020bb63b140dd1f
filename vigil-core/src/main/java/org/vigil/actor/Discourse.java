package org.vigil.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Actor;
import org.vigil.table.WordTable;

/**
 * What an article has mentioned so far, for coreference: pronouns and definite descriptions
 * ("the league", "the Iranian leader") take the most recent compatible actor. One per article,
 * fed in reading order.
 */
public final class Discourse {
  /** Words before a title that say the person does not hold that office now. */
  private static final Set<String> NOT_THE_HOLDER = WordTable.load(Discourse.class, "words/not-the-holder.tsv");

  /** An actor as mentioned, with what a later pronoun or description may need. */
  public record Entity(Actor actor, ActorEntry.Kind kind, String role, boolean plural, int sentence) {
  }

  private final List<Entity> entities = new ArrayList<>();
  /** Short names the article gives its actors: "the Peruvian Statistics Institute, or PSI". */
  private final java.util.Map<String, Entity> shortNames = new java.util.HashMap<>();
  private final List<Boolean> subjects = new ArrayList<>();
  private final List<Boolean> quotedMentions = new ArrayList<>();
  /** Offsets of the article's quotations: [start, end) pairs in order. */
  private final List<int[]> quotes;

  /** A discourse that knows no quotations. */
  public Discourse() {
    this("");
  }

  /** A discourse over {@code text}, whose quotations it finds. */
  public Discourse(String text) {
    this.quotes = quotations(text == null ? "" : text);
  }

  /**
   * The spans between opening and closing quotation marks. A straight quote opens after a space
   * or bracket and closes otherwise; a quote that reopens before it closed (a quoted paragraph
   * continued) starts anew, and none runs longer than {@code MAX_QUOTE} characters.
   */
  static List<int[]> quotations(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\u201c' && c != '\u201d' && c != '"') {
        continue;
      }
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      boolean opening = c == '\u201c' || c == '"' && (Character.isWhitespace(before) || "([{\u2014-".indexOf(before) >= 0);
      if (open >= 0) {
        out.add(new int[] {open, Math.min(i, open + MAX_QUOTE)});
        open = -1;
      }
      if (opening) {
        open = i;
      }
    }
    if (open >= 0) {
      out.add(new int[] {open, Math.min(text.length(), open + MAX_QUOTE)});
    }
    return out;
  }

  private static final int MAX_QUOTE = 1500;

  /** Whether offset {@code at} lies inside a quotation. */
  boolean quoted(int at) {
    for (int[] q : quotes) {
      if (q[0] > at) {
        return false;
      }
      if (at < q[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether entity {@code i} may be what a pronoun at offset {@code at} refers to: someone named
   * only inside a quotation is the speaker's topic, not whom the narration's "he said" means.
   */
  private boolean visible(int i, int at) {
    return !quotedMentions.get(i) || quoted(at);
  }

  /**
   * Remembers a mention; subjects are the likelier antecedents of a later pronoun. A person with no
   * actor code (an analyst, a lawyer) is remembered too: "he said" after them is them, not an
   * older, coded official.
   */
  public void remember(Entity e, boolean subject) {
    if (e.actor().code() != null || e.kind() == ActorEntry.Kind.PERSON && e.actor().name() != null) {
      entities.add(e);
      subjects.add(subject);
      quotedMentions.add(quoted(e.actor().start()));
    }
  }

  /**
   * The person "he", "she", "him" or "her" most likely means: the latest person who was a
   * subject, in this sentence or the one before; else the latest person mentioned at all. Only
   * mentions before the pronoun's offset {@code before} count: "it will boycott ... unless the
   * president agrees" does not mean the president.
   */
  public Entity lastPerson(int sentence, int before) {
    return lastPerson(sentence, before, null);
  }

  /** As {@link #lastPerson(int, int)}, skipping the referent {@code not} ("he told him"). */
  public Entity lastPerson(int sentence, int before, Entity not) {
    return lastPerson(sentence, before, not, null);
  }

  /**
   * As {@link #lastPerson(int, int, Entity)}, for a pronoun of {@code gender} ('m' for "he", 'f'
   * for "she", null when unknown): someone the text titled as the other ("Ms. Ruiz") is skipped.
   */
  public Entity lastPerson(int sentence, int before, Entity not, Character gender) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() == ActorEntry.Kind.PERSON && subjects.get(i) && e.actor().start() < before
          && e.sentence() >= sentence - 1 && !same(e, not) && visible(i, before) && fits(e, gender)) {
        return e;
      }
    }
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() == ActorEntry.Kind.PERSON && e.actor().start() < before && !same(e, not) && visible(i, before)
          && fits(e, gender)) {
        return e;
      }
    }
    return null;
  }

  private boolean fits(Entity e, Character gender) {
    if (gender == null) {
      return true;
    }
    // Only an honorific tells: a gender learnt from an earlier pronoun would carry that pronoun's
    // resolution errors forward, and turn away the right pronoun later.
    Character known = titleGender(e.actor().text());
    return known == null || known.equals(gender);
  }

  /** The gender an honorific in a mention gives: "Mr. Li" is a man, "Ms. Ruiz" a woman. */
  static Character titleGender(String mention) {
    String m = mention == null ? "" : mention.trim();
    if (m.startsWith("Mr. ") || m.startsWith("Mr ")) {
      return 'm';
    }
    return m.startsWith("Ms. ") || m.startsWith("Mrs. ") || m.startsWith("Ms ") || m.startsWith("Mrs ")
        || m.startsWith("Madam ") ? 'f' : null;
  }


  /** Whether two mentions are one referent: same code and same name. */
  static boolean same(Entity a, Entity b) {
    return a != null && b != null && java.util.Objects.equals(a.actor().code(), b.actor().code())
        && java.util.Objects.equals(a.actor().name(), b.actor().name());
  }

  /**
   * The person named earlier in full whose family name this is: "Hussein" after "Fuad Hussein",
   * and "Kim" after "Kim Jong Un", as names that put the family name first are also written.
   */
  public Entity personBySurname(String surname) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      String name = e.actor().name();
      if (e.kind() == ActorEntry.Kind.PERSON && name != null && !name.equals(surname)
          && (name.endsWith(" " + surname) || name.startsWith(surname + " "))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The latest group of one of {@code sectors} mentioned before offset {@code before} in sentence
   * {@code sentence} or the two before it, else null: who "they" are when they shoot (a plural
   * group, {@code plural}), or who "the group" is.
   */
  public Entity lastGroupOf(Set<String> sectors, int sentence, int before, boolean plural) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() != ActorEntry.Kind.PERSON && (e.plural() || !plural) && e.sentence() >= sentence - 2
          && (e.sentence() < sentence || e.actor().start() < before)
          && e.actor().sectors().stream().anyMatch(sectors::contains)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The two states "both countries" or "the two nations" mean: the two most recent distinct
   * countries named in sentence {@code sentence} before offset {@code before}, or in the sentence
   * before it; null when there are not exactly two to choose from there.
   */
  public List<Entity> lastTwoCountries(int sentence, int before) {
    List<Entity> out = new ArrayList<>();
    for (int i = entities.size() - 1; i >= 0 && out.size() < 3; i--) {
      Entity e = entities.get(i);
      boolean state = e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.CAPITAL;
      if (state && e.actor().country() != null && e.sentence() >= sentence - 1
          && (e.sentence() < sentence || e.actor().start() < before)
          && out.stream().noneMatch(o -> o.actor().country().equals(e.actor().country()))) {
        out.add(e);
      }
    }
    return out.size() == 2 ? out : null;
  }

  /** Most recent group, country or organisation mentioned before offset {@code before}, for "they" and "it". */
  public Entity lastGroup(int before, boolean plural) {
    return lastGroup(before, plural, null);
  }

  /** As {@link #lastGroup(int, boolean)}, skipping the referent {@code not} ("they shot them"). */
  public Entity lastGroup(int before, boolean plural, Entity not) {
    return lastGroup(-1, before, plural, not);
  }

  /**
   * As {@link #lastGroup(int, boolean, Entity)}, preferring, as {@link #lastPerson(int, int)} does,
   * a subject of sentence {@code sentence} or the one before ("Rebels ambushed soldiers. They ...").
   */
  public Entity lastGroup(int sentence, int before, boolean plural, Entity not) {
    for (int i = entities.size() - 1; sentence >= 0 && i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() != ActorEntry.Kind.PERSON && subjects.get(i) && e.sentence() >= sentence - 1
          && e.actor().start() < before && agrees(e, plural) && !same(e, not) && visible(i, before)) {
        return e;
      }
    }
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() != ActorEntry.Kind.PERSON && e.actor().start() < before && agrees(e, plural) && !same(e, not)
          && visible(i, before)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Number agreement: "they" is a plural group or an organisation (a body is "they" as often as
   * "it"); "it" is no plural noun ("the elders", "the authorities"), though a country or body
   * with a plural name ("the United States", "the Union of Teachers") is.
   */
  private static boolean agrees(Entity e, boolean plural) {
    return plural ? e.plural() || e.kind() == ActorEntry.Kind.ORGANISATION
        : !e.plural() || e.kind() == ActorEntry.Kind.ORGANISATION || e.actor().sectors().isEmpty()
            || named(e.actor().text());
  }

  /**
   * Whether a mention ends in a capitalised word, a name rather than a common plural noun or a
   * plural pronoun ("They" opening a sentence).
   */
  private static boolean named(String mention) {
    String[] words = mention == null ? new String[0] : mention.trim().split("\\s+");
    String last = words.length == 0 ? "" : words[words.length - 1];
    return !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
        && !PLURAL_PRONOUNS.contains(last.toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "we", "us", "those", "these");

  /** Remembers {@code word} as the article's short name for {@code e}; the first one given stays. */
  public void nameShort(String word, Entity e) {
    shortNames.putIfAbsent(word, e);
  }

  /** The actor the article gave the short name {@code word}, or null. */
  public Entity byShortName(String word) {
    return shortNames.get(word);
  }

  /** Most recent organisation whose name holds {@code word} ("league" for the Arab League). */
  public Entity lastOrganisationNamed(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      String name = e.actor().name() == null ? "" : e.actor().name().toLowerCase(Locale.ROOT);
      if (e.kind() == ActorEntry.Kind.ORGANISATION && List.of(name.split("[ -]")).contains(w)) {
        return e;
      }
    }
    return null;
  }

  /** Most recent person of {@code country} (any when null) whose role fits {@code title}. */
  public Entity lastPersonLike(String country, String title) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() != ActorEntry.Kind.PERSON || e.actor().code() == null
          || (country != null && !country.equals(e.actor().country()))) {
        continue; // "the minister" is an office-holder, not an uncoded analyst
      }
      if (title == null || roleFits(e.role(), title) || e.role() == null && titled(e.actor().text(), title)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether a mention of someone the tables do not know carries the title itself: "Afghan
   * President X" is a later "the president", "Vice President X" and "former President X" are not.
   */
  static boolean titled(String mention, String title) {
    if (mention == null) {
      return false;
    }
    List<String> words = List.of(mention.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    int i = words.indexOf(title);
    return i >= 0 && (i == 0 || !NOT_THE_HOLDER.contains(words.get(i - 1)));
  }


  private static boolean roleFits(String role, String title) {
    if (role == null) {
      return title.equals("leader") || title.equals("official");
    }
    String r = role.toLowerCase(Locale.ROOT);
    return switch (title) {
      case "leader", "official" -> true;
      case "president" -> r.contains("head of state") || r.contains("president");
      case "premier" -> r.contains("head of government") || r.contains("prime minister");
      case "minister" -> r.contains("minister");
      case "ambassador", "envoy", "diplomat" -> r.contains("ambassador");
      case "chief", "secretary-general", "secretary" -> r.contains("secretary") || r.contains("chair")
          || r.contains("president");
      default -> r.contains(title);
    };
  }
}
