package org.vigil.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.vigil.actor.ActorEntry;
import org.vigil.actor.ActorLexicon;
import org.vigil.actor.ActorResolver;
import org.vigil.actor.SectorLexicon;
import org.vigil.dictionary.PetrarchActors;
import org.vigil.dictionary.PetrarchAgents;
import org.vigil.dictionary.PetrarchDiscards;
import org.vigil.dictionary.PetrarchVerbs;
import org.vigil.lexicon.EventLexicon;
import org.vigil.lexicon.Trigger;
import org.vigil.table.TableException;

/**
 * A user's dictionary folder: Vigil-format actor tables and verbs.tsv, and PETRARCH/TABARI files
 * ({@code *.actors.txt}, {@code *.agents.txt}, {@code *.verbs.txt}, {@code *.discards.txt}).
 */
final class UserDictionaries {
  /** What the PETRARCH files added beyond the tables, and the conflicts found while reading them. */
  record Loaded(PetrarchVerbs verbs, PetrarchDiscards discards, List<String> warnings) {
  }

  private UserDictionaries() {
  }

  static Loaded load(Path dir, ActorLexicon actors, SectorLexicon sectors, EventLexicon verbs) {
    if (!Files.isDirectory(dir)) {
      throw new TableException(dir.toString(), 0, "not a directory of dictionaries");
    }
    actors.addUserTables(dir);
    Path v = dir.resolve("verbs.tsv");
    if (Files.exists(v)) {
      verbs.addUserTable(v);
    }
    List<String> warnings = new ArrayList<>();
    PetrarchActors pa = new PetrarchActors();
    PetrarchAgents pg = new PetrarchAgents();
    PetrarchVerbs pv = new PetrarchVerbs();
    PetrarchDiscards pd = new PetrarchDiscards();
    for (Path f : files(dir)) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".actors.txt")) {
        pa.read(f);
      } else if (name.endsWith(".agents.txt")) {
        pg.read(f);
      } else if (name.endsWith(".verbs.txt")) {
        pv.read(f);
      } else if (name.endsWith(".discards.txt")) {
        pd.read(f);
      }
    }
    warnings.addAll(pa.warnings());
    warnings.addAll(pg.warnings());
    warnings.addAll(pv.warnings());
    addActors(pa, actors);
    if (!pg.agents().isEmpty()) {
      // The user's agents are their sector scheme: mixed with Vigil's nouns they would give codes
      // neither scheme has ("mayor" is no agent of theirs).
      sectors.clear();
    }
    for (PetrarchAgents.Agent a : pg.agents()) {
      List<String> sec = split(a.sectors());
      sectors.put(a.phrase(), a.prefix() ? List.of(a.sectors() + "~") : sec);
    }
    verbs.addImported(triggers(pv));
    return new Loaded(pv, pd, warnings);
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new TableException(dir.toString(), 0, "cannot be listed: " + e.getMessage());
    }
  }

  private static void addActors(PetrarchActors pa, ActorLexicon actors) {
    for (PetrarchActors.Entry e : pa.entries()) {
      List<ActorEntry> list = new ArrayList<>();
      String main = e.names().get(0).words();
      for (PetrarchActors.Code c : e.byPrecedence()) {
        // "ELR/GAL" names several actors: the coder splits it into one actor per code.
        String code = c.code() == null ? ActorResolver.NULL_CODE : c.code();
        String country = c.code() == null || code.startsWith("IGO") || code.startsWith("NGO")
            ? null : code.substring(0, 3);
        List<String> sec = country == null || code.contains("/") ? List.of() : split(code.substring(3));
        list.add(new ActorEntry(ActorEntry.Kind.COUNTRY, main, code, country, sec, c.from(), c.to(), null, false));
      }
      for (PetrarchActors.Name n : e.names()) {
        actors.addImported(n.words(), n.stem(), list);
      }
    }
  }

  /** A sector code in three-letter parts ("GOVFRM" is GOV, FRM); an odd length stays whole. */
  private static List<String> split(String code) {
    if (code.isEmpty()) {
      return List.of();
    }
    if (code.length() % 3 != 0) {
      return List.of(code);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /**
   * The imported verbs as lexicon rows: each single-word verb form with its default code, and its
   * patterns that only name object words. They make the verbs known to the lexicon (which sentences
   * are worth parsing); the coder applies the full patterns through {@link PetrarchVerbs#match}.
   */
  private static List<Trigger> triggers(PetrarchVerbs pv) {
    List<Trigger> out = new ArrayList<>();
    for (PetrarchVerbs.Form f : pv.forms()) {
      List<String> lemmas = new ArrayList<>(List.of(f.verb()));
      lemmas.addAll(f.inflections());
      for (String lemma : lemmas) {
        for (Map.Entry<List<String>, String> p : f.block().objectPatterns()) {
          out.add(new Trigger(lemma, 'V', "", java.util.Set.of(), "", List.of(String.join(" ", p.getKey())),
              p.getValue(), "petrarch", f.line()));
        }
        if (f.code() != null) {
          out.add(new Trigger(lemma, 'V', "", java.util.Set.of(), "", List.of(), f.code(), "petrarch", f.line()));
        }
      }
    }
    return out;
  }
}
