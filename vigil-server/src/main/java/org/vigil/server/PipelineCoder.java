package org.vigil.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.VigilPipeline;

/**
 * Builds the pipeline in the background when the server starts, so the dashboard answers at once
 * and only the first coding request waits for the models.
 */
public final class PipelineCoder implements ArticleCoder {
  private final CompletableFuture<VigilPipeline> pipeline;

  public PipelineCoder(Supplier<VigilPipeline> build) {
    this.pipeline = CompletableFuture.supplyAsync(build, r -> {
      Thread t = new Thread(r, "vigil-models");
      t.setDaemon(true);
      t.start();
    });
  }

  public static PipelineCoder of(VigilPipeline ready) {
    return new PipelineCoder(() -> ready);
  }

  @Override
  public List<Event> code(Article article) {
    try {
      return pipeline.join().code(article);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
