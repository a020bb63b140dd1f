package org.vigil.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.actor.ActorLexicon;
import org.vigil.lexicon.EventLexicon;
import org.vigil.table.TableException;

/** A user's dictionary folder: Vigil-format actor tables and verbs.tsv. */
final class UserDictionaries {
  private UserDictionaries() {
  }

  static void load(Path dir, ActorLexicon actors, EventLexicon verbs) {
    if (!Files.isDirectory(dir)) {
      throw new TableException(dir.toString(), 0, "not a directory of dictionaries");
    }
    actors.addUserTables(dir);
    Path v = dir.resolve("verbs.tsv");
    if (Files.exists(v)) {
      verbs.addUserTable(v);
    }
  }
}
