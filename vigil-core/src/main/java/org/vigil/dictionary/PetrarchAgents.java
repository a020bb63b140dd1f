package org.vigil.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.table.TableException;

/**
 * A PETRARCH/TABARI agents dictionary: {@code NOUN [~SEC]} (the sector follows the actor's code),
 * {@code NOUN [SEC~]} (it precedes it), {@code {PLURALS}} (without braces the regular plural is formed; {@code {}} forms none, as
 * PETRARCH's own tests expect for collective nouns) and
 * {@code !MACRO! = A, B} substitutions used inside nouns.
 */
public final class PetrarchAgents {
  /** One agent phrase (words separated by spaces, lower case) and its sector code. */
  public record Agent(String phrase, String sectors, boolean prefix, String file, int line) {
  }

  private static final Pattern LINE = Pattern.compile("([^\\[\\]{}]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");
  private static final Pattern MACRO = Pattern.compile("(![A-Za-z0-9]+!)\\s*=\\s*(.+)");
  private static final Pattern SECTOR = Pattern.compile("[A-Za-z]{3}[A-Za-z0-9]*");

  private final List<Agent> agents = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Agent> byPhrase = new HashMap<>();

  public void read(Path file) {
    parse(file.getFileName().toString(), DictionaryLines.read(file));
  }

  public void read(String name, String content) {
    parse(name, DictionaryLines.parse(name, content));
  }

  public List<Agent> agents() {
    return List.copyOf(agents);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private void parse(String file, List<DictionaryLines.Line> lines) {
    Map<String, List<String>> macros = new HashMap<>();
    for (DictionaryLines.Line l : lines) {
      String t = l.text();
      Matcher mm = MACRO.matcher(t);
      if (mm.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : mm.group(2).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        macros.put(mm.group(1).toUpperCase(Locale.ROOT), values);
        continue;
      }
      Matcher m = LINE.matcher(t);
      if (!m.matches()) {
        throw new TableException(file, l.number(), "'" + t + "' is not NOUN {PLURALS} [~SECTOR]");
      }
      String code = m.group(3).replace(" ", "");
      boolean prefix = code.endsWith("~");
      if (!(code.startsWith("~") ^ prefix)) {
        throw new TableException(file, l.number(), "sector '" + code + "' must start or end with '~'");
      }
      String sectors = prefix ? code.substring(0, code.length() - 1) : code.substring(1);
      if (!SECTOR.matcher(sectors).matches()) {
        throw new TableException(file, l.number(), "sector '" + sectors + "' is not a code of letters");
      }
      sectors = sectors.toUpperCase(Locale.ROOT);
      Set<String> phrases = new LinkedHashSet<>();
      for (String noun : expand(file, l.number(), m.group(1), macros)) {
        phrases.add(noun);
        if (m.group(2) == null) {
          phrases.add(plural(noun)); // no braces: the regular plural; "{}" asks for none
        }
      }
      if (m.group(2) != null) {
        for (String p : m.group(2).strip().split("\\s+")) {
          if (!p.isEmpty()) {
            phrases.addAll(expand(file, l.number(), p, macros));
          }
        }
      }
      for (String p : phrases) {
        add(new Agent(p, sectors, prefix, file, l.number()));
      }
    }
  }

  private void add(Agent a) {
    Agent before = byPhrase.put(a.phrase(), a);
    if (before != null && (!before.sectors().equals(a.sectors()) || before.prefix() != a.prefix())) {
      warnings.add("line " + a.line() + " of " + a.file() + ": agent '" + a.phrase() + "' [" + a.sectors()
          + "] conflicts with line " + before.line() + " [" + before.sectors() + "]; the later entry is used");
    }
    agents.add(a);
  }

  /** The noun with every {@code !MACRO!} replaced by each of its values. */
  private static List<String> expand(String file, int line, String raw, Map<String, List<String>> macros) {
    int a = raw.indexOf('!');
    if (a < 0) {
      String words = raw.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (words.isEmpty()) {
        throw new TableException(file, line, "empty agent noun");
      }
      return List.of(words);
    }
    int b = raw.indexOf('!', a + 1);
    if (b < 0) {
      throw new TableException(file, line, "'" + raw + "' has an unclosed !MACRO!");
    }
    List<String> values = macros.get(raw.substring(a, b + 1).toUpperCase(Locale.ROOT));
    if (values == null) {
      throw new TableException(file, line, "macro " + raw.substring(a, b + 1) + " is not defined above");
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(file, line, raw.substring(0, a) + v + raw.substring(b + 1), macros));
    }
    return out;
  }

  /** The regular English plural of a phrase's last word. */
  static String plural(String phrase) {
    if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
      return phrase + "es";
    }
    if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }
}
