package org.vigil.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Codes a stream of articles on several threads and hands results back in input order. At most
 * {@code 2 * threads} articles are in flight, so memory stays bounded however long the input.
 */
public final class ArticleRunner implements AutoCloseable {
  /**
   * One coded article. {@code error} is set (and events empty) when coding it failed; {@code nanos}
   * is the time its worker spent on it.
   */
  public record Result(Article article, List<Event> events, int sentences, int tokens, String error, long nanos) {
  }

  private final VigilPipeline pipeline;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<Result>> inFlight = new ArrayDeque<>();
  private final Consumer<Result> sink;

  public ArticleRunner(VigilPipeline pipeline, int threads, Consumer<Result> sink) {
    this.pipeline = pipeline;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "vigil-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = 2 * Math.max(1, threads);
    this.sink = sink;
  }

  /** Queues an article; blocks while the window is full, delivering finished results in order. */
  public void submit(Article a) {
    pipeline.expect(a);
    inFlight.add(pool.submit(() -> codeOne(a)));
    while (inFlight.size() >= window) {
      deliver(inFlight.poll());
    }
  }

  private Result codeOne(Article a) {
    long t0 = System.nanoTime();
    try {
      VigilPipeline.Coded coded = pipeline.codeCounting(a);
      return new Result(a, coded.events(), coded.sentences(), coded.tokens(), null, System.nanoTime() - t0);
    } catch (RuntimeException | OutOfMemoryError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(a, List.of(), 0, 0, msg, System.nanoTime() - t0);
    }
  }

  private void deliver(Future<Result> f) {
    try {
      sink.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Waits for every queued article and delivers the rest. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      deliver(inFlight.poll());
    }
  }

  @Override
  public void close() {
    finish();
    pool.shutdownNow();
  }
}
