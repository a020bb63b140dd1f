package org.vigil.server;

import java.time.LocalDate;
import java.util.List;
import org.vigil.model.Article;
import org.vigil.pipeline.VigilPipeline;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/**
 * One pipeline and one seeded server for all tests of a JVM: CoreNLP takes seconds to load. The
 * articles are fictional, written for these tests.
 */
final class TestServer {
  static final List<Article> ARTICLES = List.of(
      new Article("t-1", LocalDate.of(2023, 4, 3), "Clashes near the border",
          "Syrian troops attacked rebel positions near Aleppo on Monday, killing at least 9 fighters, activists said.\n"
              + "Turkey condemned the assault and urged Syria to respect the truce.", "Test Wire"),
      new Article("t-2", LocalDate.of(2023, 6, 12), "Ministers meet",
          "The French foreign minister met with the German foreign minister in Berlin on Monday.\n"
              + "France and Germany signed an agreement on energy cooperation.", "Test Post"),
      new Article("t-3", LocalDate.of(2023, 9, 20), "Protest in the capital",
          "Police in Nairobi arrested 30 protesters on Wednesday.\n"
              + "The Kenyan opposition accused the government of repression.", "Test Wire"),
      new Article("t-4", LocalDate.of(2023, 11, 2), "Aid for the region",
          "Japan pledged humanitarian aid to Sudan on Thursday.\n"
              + "Sudanese army forces shelled villages near El Fasher, killing 12 civilians.", "Test Post"));

  private static VigilPipeline pipeline;
  private static VigilServer server;

  private TestServer() {
  }

  static synchronized VigilPipeline pipeline() {
    if (pipeline == null) {
      pipeline = new VigilPipeline();
    }
    return pipeline;
  }

  /** A fresh embedded DuckDB store in memory, the store {@code vigil demo} uses on disk. */
  static EventStore empty() {
    return EventStores.open(":memory:");
  }

  /** A store holding the test articles' events as the pipeline codes them. */
  static EventStore seeded() {
    EventStore s = empty();
    for (Article a : ARTICLES) {
      s.ingest(a, pipeline().code(a));
    }
    return s;
  }

  /** The shared, seeded server without a token. */
  static synchronized VigilServer shared() {
    if (server == null) {
      server = new VigilServer(seeded(), pipeline()::code, null).start("127.0.0.1", 0);
    }
    return server;
  }

  static String base() {
    return "http://127.0.0.1:" + shared().port();
  }
}
