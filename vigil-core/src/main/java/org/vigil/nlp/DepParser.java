package org.vigil.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural UD dependency parser (english_UD, Chen and Manning 2014) with Vigil's own
 * scoring loop. Same model, features and transition system; only the arithmetic is reorganised.
 *
 * <p>Why (profile, docs/speed.md): through the depparse annotator the parser was ~70% of Vigil's
 * time. Its classifier adds 48 hidden-layer slices (1000 wide) per transition; the 20,000
 * precomputed ones sit in a {@code HashMap<Integer,Integer>} (boxing, cache misses), the others in
 * one LRU cache behind a lock all threads share, and the output layer is a scalar double dot
 * product. The annotator then builds four more dependency graphs per sentence that Vigil never
 * reads. Here every slice is computed on first use into a lock-free table indexed by feature, the
 * layers run as float loops the JIT vectorises, and only heads and labels come back.
 */
final class DepParser {
  /** Cached slices (4 KB each); past this the rare rest is computed per use, keeping heap bounded. */
  private static final int MAX_CACHED = 60_000;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final Method featureArray;
  private final Method isTerminal;
  private final String[] transitions;
  private final int hidden;
  private final int embedding;
  private final int features;
  private final float[][] embeddings;
  /** W1 transposed: row (feature position * embedding + k) is the column block a feature slices. */
  private final float[][] w1t;
  private final float[] b1;
  /** W2 transposed (hidden x transitions), so the output layer is axpy loops, not dot products. */
  private final float[][] w2t;
  private final AtomicReferenceArray<float[]> slices;
  private final AtomicInteger cached = new AtomicInteger();

  DepParser() {
    // No precomputation at load: the table fills with the features the texts actually have.
    Properties p = new Properties();
    p.setProperty("numPreComputed", "0");
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
    try {
      this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      @SuppressWarnings("unchecked")
      List<String> t = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      this.transitions = t.toArray(new String[0]);
      this.featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
      this.featureArray.setAccessible(true);
      this.isTerminal = ParsingSystem.class.getDeclaredMethod("isTerminal", Configuration.class);
      this.isTerminal.setAccessible(true);
      this.embeddings = c.getE();
      this.b1 = c.getb1();
      float[][] w1 = c.getW1();
      float[][] w2 = c.getW2();
      this.hidden = w1.length;
      this.embedding = embeddings[0].length;
      this.features = w1[0].length / embedding;
      this.w1t = transpose(w1);
      this.w2t = transpose(w2);
      this.slices = new AtomicReferenceArray<>(embeddings.length * features);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("unsupported CoreNLP version for the dependency parser", e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /**
   * Parses a tagged sentence (tokens with words and POS tags). Returns 0-based heads (-1 for the
   * root) in {@code heads} and UD relations ("root" for the root) in {@code relations}.
   */
  void parse(CoreMap sentence, int[] heads, String[] relations) {
    Configuration c = system.initialConfiguration(sentence);
    float[] h = new float[hidden];
    float[] scores = new float[transitions.length];
    boolean[] legal = new boolean[transitions.length];
    try {
      while (!(Boolean) isTerminal.invoke(system, c)) {
        int legalCount = 0;
        int only = -1;
        for (int k = 0; k < transitions.length; k++) {
          legal[k] = system.canApply(c, transitions[k]);
          if (legal[k]) {
            legalCount++;
            only = k;
          }
        }
        // While the stack holds one word, only SHIFT applies (a sentence's first two steps and
        // more): the network would choose it whatever it scored, so it is not asked.
        if (legalCount == 1) {
          system.apply(c, transitions[only]);
          continue;
        }
        score((int[]) featureArray.invoke(parser, c), h, scores);
        // As CoreNLP's predict: the best-scoring transition that applies, first one on ties.
        float best = Float.NEGATIVE_INFINITY;
        String chosen = null;
        for (int k = 0; k < scores.length; k++) {
          if (legal[k] && scores[k] > best) {
            best = scores[k];
            chosen = transitions[k];
          }
        }
        system.apply(c, chosen);
      }
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("dependency parser failed", e);
    }
    for (int i = 0; i < heads.length; i++) {
      int head = c.getHead(i + 1);
      heads[i] = head - 1;
      relations[i] = head == 0 ? "root" : c.getLabel(i + 1);
    }
    passiveSubjects(heads, relations);
  }

  /**
   * CoreNLP's UD structure marks a subject passive when its head has a passive auxiliary (the model
   * itself only predicts nsubj and csubj); done here as the annotator would.
   */
  static void passiveSubjects(int[] heads, String[] relations) {
    for (int i = 0; i < heads.length; i++) {
      if (relations[i].equals("nsubj") || relations[i].equals("csubj")) {
        for (int j = 0; j < heads.length; j++) {
          if (heads[j] == heads[i] && relations[j].equals("aux:pass")) {
            relations[i] += ":pass";
            break;
          }
        }
      }
    }
  }

  /** Hidden layer (cube activation) and output layer, as Classifier.computeScores. */
  private void score(int[] f, float[] h, float[] scores) {
    System.arraycopy(b1, 0, h, 0, hidden);
    for (int j = 0; j < f.length; j++) {
      int id = f[j] * features + j;
      float[] s = slices.get(id);
      if (s == null) {
        s = slice(f[j], j);
        // Benign race: two threads may compute the same slice; either copy is correct.
        if (cached.get() < MAX_CACHED && slices.compareAndSet(id, null, s)) {
          cached.incrementAndGet();
        }
      }
      for (int i = 0; i < hidden; i++) {
        h[i] += s[i];
      }
    }
    for (int i = 0; i < hidden; i++) {
      h[i] = h[i] * h[i] * h[i];
    }
    // Four hidden units per pass over the scores: a quarter of the loads and stores.
    java.util.Arrays.fill(scores, 0f);
    int i = 0;
    for (; i + 3 < hidden; i += 4) {
      float c0 = h[i];
      float c1 = h[i + 1];
      float c2 = h[i + 2];
      float c3 = h[i + 3];
      float[] r0 = w2t[i];
      float[] r1 = w2t[i + 1];
      float[] r2 = w2t[i + 2];
      float[] r3 = w2t[i + 3];
      for (int k = 0; k < scores.length; k++) {
        scores[k] += r0[k] * c0 + r1[k] * c1 + r2[k] * c2 + r3[k] * c3;
      }
    }
    for (; i < hidden; i++) {
      float[] row = w2t[i];
      for (int k = 0; k < scores.length; k++) {
        scores[k] += row[k] * h[i];
      }
    }
  }

  /** One feature's contribution to the hidden layer: W1's column block times its embedding. */
  private float[] slice(int token, int position) {
    float[] s = new float[hidden];
    float[] e = embeddings[token];
    int offset = position * embedding;
    for (int k = 0; k < embedding; k++) {
      float ek = e[k];
      float[] col = w1t[offset + k];
      for (int i = 0; i < hidden; i++) {
        s[i] += col[i] * ek;
      }
    }
    return s;
  }
}
