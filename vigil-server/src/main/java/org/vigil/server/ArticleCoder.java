package org.vigil.server;

import java.util.List;
import org.vigil.model.Article;
import org.vigil.model.Event;

/** Codes one article; the server takes this rather than a pipeline so the models load lazily. */
@FunctionalInterface
public interface ArticleCoder {
  List<Event> code(Article article);
}
