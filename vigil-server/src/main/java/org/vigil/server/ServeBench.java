package org.vigil.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small load driver for {@code /api/stats/timeline} and {@code /api/events}: a bounded number of
 * sequential requests, to localhost only, with a realistic mix of the dashboard's queries.
 */
public final class ServeBench {
  /** Latencies of one endpoint in milliseconds. */
  public record Result(String endpoint, int requests, double p50, double p95, double p99, double max) {
  }

  private static final List<String> TIMELINE = List.of(
      "/api/stats/timeline?by=day", "/api/stats/timeline?by=week", "/api/stats/timeline?by=month",
      "/api/stats/timeline?by=month&quad=4", "/api/stats/timeline?by=week&actor=SYR",
      "/api/stats/timeline?by=day&from=2020-01-01&to=2020-12-31", "/api/stats/timeline?by=month&country=IRQ",
      "/api/stats/timeline?by=month&code=19");
  private static final List<String> EVENTS = List.of(
      "/api/events?limit=25", "/api/events?limit=25&offset=25", "/api/events?limit=100&quad=4",
      "/api/events?limit=25&actor=SYR", "/api/events?limit=25&country=IRQ&code=19",
      "/api/events?limit=25&from=2020-03-01&to=2020-03-31", "/api/events?limit=25&near=36.2,37.15,100",
      "/api/events?limit=25&text=attack");

  private ServeBench() {
  }

  /** Runs {@code requests} requests per endpoint against a server on localhost. */
  public static List<Result> run(String base, int requests, PrintStream log) {
    URI uri = URI.create(base);
    if (!List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost())) {
      throw new IllegalArgumentException("serve-bench only measures a server on localhost, not " + uri.getHost());
    }
    if (requests < 1 || requests > 100_000) {
      throw new IllegalArgumentException("requests must be between 1 and 100000");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, List<String>> mixes = new LinkedHashMap<>();
    mixes.put("/api/stats/timeline", TIMELINE);
    mixes.put("/api/events", EVENTS);
    List<Result> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> m : mixes.entrySet()) {
      for (String path : m.getValue()) { // warm caches and the JIT, as a dashboard in use would be
        call(http, base + path);
      }
      double[] ms = new double[requests];
      Map<String, List<Double>> byPath = new LinkedHashMap<>();
      for (int i = 0; i < requests; i++) {
        String path = m.getValue().get(i % m.getValue().size());
        long t0 = System.nanoTime();
        call(http, base + path);
        ms[i] = (System.nanoTime() - t0) / 1e6;
        byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(ms[i]);
      }
      Arrays.sort(ms);
      Result r = new Result(m.getKey(), requests, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
      log.printf("%-22s %6d requests  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
          r.endpoint(), r.requests(), r.p50(), r.p95(), r.p99(), r.max());
      // Which query of the mix costs what: the slow ones are the store's to index.
      byPath.forEach((path, v) -> log.printf("    median %7.1f ms  %s%n",
          v.stream().mapToDouble(Double::doubleValue).sorted().toArray()[v.size() / 2], path));
      out.add(r);
    }
    return out;
  }

  private static void call(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (res.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + res.statusCode() + ": "
            + new String(res.body(), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
