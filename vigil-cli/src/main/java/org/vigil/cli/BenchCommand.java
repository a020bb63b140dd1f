package org.vigil.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.io.ArticleReader;
import org.vigil.model.Article;
import org.vigil.nlp.NlpParser;
import org.vigil.nlp.ReferencePipeline;
import org.vigil.pipeline.ArticleRunner;
import org.vigil.pipeline.VigilPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench}: codes a corpus after a warm-up and reports throughput per core and in
 * total, peak heap, start-up time to the first event and each stage's share; with
 * {@code --reference} it also runs CoreNLP's default pipeline on the same texts and prints the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark coding speed on a corpus (JSON Lines of {id,date,text}).")
final class BenchCommand implements Callable<Integer> {
  private static final List<String> DEFAULT_CORPORA = List.of("../shared/data/corpus/voa_dev.jsonl",
      "../shared/data/corpus/muc34_train.jsonl");

  @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "JSONL corpora (default: "
      + "../shared/data/corpus/voa_dev.jsonl and muc34_train.jsonl when present)")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", description = "code at most N articles (default 300)")
  int limit = 300;

  @Option(names = "--warmup", paramLabel = "N",
      description = "articles coded before timing, taken evenly across the corpus (default 20)")
  int warmup = 20;

  @Option(names = "--reference", description = "also run CoreNLP's default pipeline on the same texts")
  boolean reference;

  @Option(names = "--reference-limit", paramLabel = "N", description = "articles for the reference run (default 30)")
  int referenceLimit = 30;

  @Override
  public Integer call() throws IOException {
    List<String> inputs = corpora.isEmpty()
        ? DEFAULT_CORPORA.stream().filter(p -> Files.exists(Path.of(p))).toList() : corpora;
    if (inputs.isEmpty()) {
      throw new UserError("no corpus: give a JSONL file (the default ../shared/data/corpus is missing)");
    }
    List<Article> articles = new ArrayList<>();
    new ArticleReader(null, null, p -> System.err.println("vigil: " + p), System.in).read(inputs, a -> {
      if (articles.size() < limit + warmup) {
        articles.add(a);
      }
    });
    if (articles.size() <= warmup) {
      throw new UserError("corpus has " + articles.size() + " articles; need more than the warm-up of " + warmup);
    }
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    VigilPipeline pipeline = Pipelines.build(null);
    AtomicLong firstEvent = new AtomicLong();
    List<Article> warm = new ArrayList<>();
    List<Article> timed = new ArrayList<>();
    splitWarmup(articles, warmup, warm, timed);
    run(pipeline, warm, 1, firstEvent);
    long startup = firstEvent.get() - jvmStart;
    pipeline.clock().reset();
    long[] totals = new long[3];
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    Map<String, long[]> kinds = new TreeMap<>();
    run(pipeline, timed, threads, null, totals, kinds);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
    System.out.printf("vigil bench: %d articles, %d sentences, %d tokens on %d thread(s) in %.1f s%n",
        timed.size(), totals[0], totals[1], threads, secs);
    System.out.printf("  total     %8.1f articles/s %9.1f sentences/s %10.0f tokens/s%n",
        timed.size() / secs, totals[0] / secs, totals[1] / secs);
    System.out.printf("  per core  %8.1f articles/s %9.1f sentences/s %10.0f tokens/s%n",
        timed.size() / secs / threads, totals[0] / secs / threads, totals[1] / secs / threads);
    // On a shared machine wall time depends on the neighbours; CPU time (all threads, GC and JIT
    // included) does much less, so it is the figure to compare between runs.
    if (cpuSecs > 0) {
      System.out.printf("  per CPU-second %3.1f articles/s %9.1f sentences/s %10.0f tokens/s (CPU %.1f s)%n",
          timed.size() / cpuSecs, totals[0] / cpuSecs, totals[1] / cpuSecs, cpuSecs);
    }
    // Mixed-case news and all-caps wire text (truecased first) cost very differently per sentence.
    kinds.forEach((kind, k) -> System.out.printf(
        "  %-9s %4d articles %6d sentences: %6.1f sentences/s per busy worker (%.1f articles/s)%n",
        kind, k[0], k[1], k[1] / (k[2] / 1e9), k[0] / (k[2] / 1e9)));
    System.out.printf("  events    %d (%.1f per article); %d of %d sentences parsed%n", totals[2],
        (double) totals[2] / timed.size(), pipeline.clock().count("parsed sentences"), totals[0]);
    System.out.printf("  start-up to first event %.1f s; peak heap %d MB%n", startup / 1000.0, peakHeapMb());
    Map<String, Long> stages = pipeline.clock().snapshot();
    long sum = stages.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder share = new StringBuilder("  stage shares:");
    stages.forEach((k, v) -> share.append(String.format(" %s %.1f%%", k, sum == 0 ? 0 : 100.0 * v / sum)));
    System.out.println(share);
    if (reference) {
      List<Article> ref = timed.subList(0, Math.min(referenceLimit, timed.size()));
      System.err.println("vigil: loading CoreNLP's default pipeline for the reference run ...");
      long refSentences = 0;
      double refSecs;
      try {
        ReferencePipeline corenlp = new ReferencePipeline();
        corenlp.annotate(ref.get(0).text());
        long r0 = System.nanoTime();
        for (Article a : ref) {
          refSentences += corenlp.annotate(a.text());
        }
        refSecs = (System.nanoTime() - r0) / 1e9;
      } catch (OutOfMemoryError e) {
        // CoreNLP's default pipeline (with coreference) needs about 3 GB beside Vigil's own models.
        System.err.println("vigil bench: the reference pipeline does not fit in this heap ("
            + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); run the benchmark with java -Xmx6g for --reference");
        return 1;
      }
      long[] own = new long[3];
      long v0 = System.nanoTime();
      run(pipeline, ref, 1, null, own, new TreeMap<>());
      double ownSecs = (System.nanoTime() - v0) / 1e9;
      System.out.printf("  reference (CoreNLP default annotators, 1 thread, %d articles): %.1f sentences/s;"
          + " Vigil on the same texts, 1 thread: %.1f sentences/s; ratio %.1fx%n", ref.size(),
          refSentences / refSecs, own[0] / ownSecs, (own[0] / ownSecs) / (refSentences / refSecs));
    }
    return 0;
  }

  /**
   * The warm-up articles are spread evenly over the corpus, so that every kind of text in it (the
   * all-caps wire text loads CoreNLP's truecaser on first use) is warm before timing starts.
   */
  static void splitWarmup(List<Article> articles, int warmup, List<Article> warm, List<Article> timed) {
    double stride = (double) articles.size() / warmup;
    int next = 0;
    for (int i = 0; i < articles.size(); i++) {
      if (warm.size() < warmup && i == (int) (next * stride)) {
        warm.add(articles.get(i));
        next++;
      } else {
        timed.add(articles.get(i));
      }
    }
  }

  private static void run(VigilPipeline pipeline, List<Article> articles, int threads, AtomicLong firstEvent) {
    run(pipeline, articles, threads, firstEvent, new long[3], new TreeMap<>());
  }

  private static void run(VigilPipeline pipeline, List<Article> articles, int threads, AtomicLong firstEvent,
                          long[] totals, Map<String, long[]> kinds) {
    try (ArticleRunner runner = new ArticleRunner(pipeline, threads, r -> {
      long[] kind = kinds.computeIfAbsent(NlpParser.isShouting(r.article().text()) ? "all-caps" : "mixed", k -> new long[3]);
      kind[0]++;
      kind[1] += r.sentences();
      kind[2] += r.nanos();
      totals[0] += r.sentences();
      totals[1] += r.tokens();
      totals[2] += r.events().size();
      if (firstEvent != null && firstEvent.get() == 0 && !r.events().isEmpty()) {
        firstEvent.set(System.currentTimeMillis());
      }
    })) {
      articles.forEach(runner::submit);
    }
  }

  /** CPU time of the whole process so far, or 0 where the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
