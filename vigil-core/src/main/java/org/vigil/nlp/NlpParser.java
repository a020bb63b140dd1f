package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.vigil.model.Article;

/**
 * The one adapter to Stanford CoreNLP: no other package imports {@code edu.stanford}.
 *
 * <p>Design decision: CoreNLP's default NER layers (fine-grained gazetteers, numeric classifiers,
 * SUTime) cost about 30 times the 3-class CRF on news (docs/corenlp-notes.md) and Vigil tags
 * countries, titles, numbers and dates from its own tables, so only the 3-class model runs. The
 * dependency parser ({@link DepParser}: CoreNLP's model, Vigil's scoring loop, docs/speed.md) runs
 * only on sentences the caller says can hold an event. Everything is built once; instances are
 * thread-safe for {@link #parse}.
 */
public final class NlpParser {
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP ner;
  private final DepParser parser;
  private volatile CompletableFuture<StanfordCoreNLP> truecaser;
  private static final int CHUNK = 100_000;
  /** Longer "sentences" are tables or run-ons: the parser's time grows with the cube of length. */
  private static final int MAX_PARSE = 120;

  public NlpParser() {
    // The three models load side by side (start-up is the user's first wait): one thread each.
    CompletableFuture<StanfordCoreNLP> ner = CompletableFuture.supplyAsync(NlpParser::nerPipeline, NlpParser::daemon);
    CompletableFuture<DepParser> dep = CompletableFuture.supplyAsync(DepParser::new, NlpParser::daemon);
    Properties tag = new Properties();
    tag.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // Paragraphs in wire text are single lines, but upper-case radio transcripts wrap mid-sentence.
    tag.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tag.setProperty("tokenize.options", "invertible=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    tag.setProperty("pos.maxlen", "120");
    this.tagger = new StanfordCoreNLP(tag);
    this.ner = join(ner);
    this.parser = join(dep);
  }

  private static StanfordCoreNLP nerPipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return new StanfordCoreNLP(p, false);
  }

  /** A thread of its own per task: the common pool has one thread on a two-core machine. */
  public static void daemon(Runnable task) {
    Thread t = new Thread(task, "vigil-load");
    t.setDaemon(true);
    t.start();
  }

  /** The value of a background task, with its own exception rather than a wrapper. */
  public static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Tags every sentence and parses those {@code worthParsing} accepts.
   */
  public ParsedArticle parse(Article article, Predicate<TaggedWords> worthParsing) {
    String text = article.text();
    List<ParsedSentence> out = new ArrayList<>();
    // Long documents go through in paragraph-aligned chunks so memory stays bounded.
    for (int from = 0; from < text.length(); ) {
      int to = chunkEnd(text, from);
      String chunk = text.substring(from, to);
      if (isShouting(chunk)) {
        // Tagger, parser and NER are trained on mixed case; all-caps wire and radio text (MUC)
        // goes through CoreNLP's truecaser first. Offsets do not move: only case changes.
        chunk = truecase(chunk);
      }
      parseChunk(text, chunk, from, worthParsing, out);
      from = to;
    }
    return new ParsedArticle(article, out);
  }

  /** Mostly upper-case letters: a headline-style or teletype text, which is truecased first. */
  public static boolean isShouting(String s) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper > 200 && upper > 4 * lower;
  }

  private String truecase(String chunk) {
    StanfordCoreNLP tc = truecaser();
    Annotation doc = new Annotation(chunk);
    tc.annotate(doc);
    StringBuilder b = new StringBuilder(chunk);
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      String cased = t.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      int len = t.endPosition() - t.beginPosition();
      if (cased != null && cased.length() == len
          && cased.equalsIgnoreCase(chunk.substring(t.beginPosition(), t.endPosition()))) {
        b.replace(t.beginPosition(), t.endPosition(), cased);
      }
    }
    return b.toString();
  }

  /** The truecaser is large (100 MB model); most news never needs it, so it loads on first use. */
  private StanfordCoreNLP truecaser() {
    return join(loadTruecaser());
  }

  private synchronized CompletableFuture<StanfordCoreNLP> loadTruecaser() {
    if (truecaser == null) {
      truecaser = CompletableFuture.supplyAsync(() -> {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,truecase");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("truecase.overwriteText", "false");
        return new StanfordCoreNLP(p);
      }, NlpParser::daemon);
    }
    return truecaser;
  }

  /**
   * Told of an article before it is coded: an all-caps one starts loading the truecaser at once, so
   * that the load (some seconds) overlaps the work on the articles queued before it.
   */
  public void expect(Article article) {
    if (truecaser == null && isShouting(article.text().substring(0, Math.min(article.text().length(), CHUNK)))) {
      loadTruecaser();
    }
  }

  static int chunkEnd(String text, int from) {
    if (text.length() - from <= CHUNK) {
      return text.length();
    }
    int cut = text.lastIndexOf('\n', from + CHUNK);
    if (cut <= from + CHUNK / 4) {
      cut = text.lastIndexOf(". ", from + CHUNK);
      cut = cut <= from ? from + CHUNK : cut + 1;
    }
    return cut + 1 > text.length() ? text.length() : Math.max(cut, from + 1);
  }

  private void parseChunk(String text, String chunk, int from, Predicate<TaggedWords> worthParsing,
                          List<ParsedSentence> out) {
    if (chunk.isBlank()) {
      return;
    }
    Annotation doc = new Annotation(chunk);
    tagger.annotate(doc);
    ner.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Map<CoreMap, Parse> parses = new IdentityHashMap<>();
    for (CoreMap s : all) {
      List<String> lemmas = new ArrayList<>();
      List<String> words = new ArrayList<>();
      boolean entity = false;
      boolean introduces = false;
      String previousNer = null;
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        lemmas.add(lemmaOf(t).toLowerCase());
        words.add(t.word());
        entity |= t.ner() != null && !t.ner().equals("O");
        introduces |= t.word().equals(",") && "PERSON".equals(previousNer);
        previousNer = t.ner();
      }
      if (lemmas.size() <= MAX_PARSE && worthParsing.test(new TaggedWords(words, lemmas, entity, introduces))) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        repairTags(tokens);
        List<Boolean> spaced = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
          spaced.add(i == 0 || tokens.get(i).beginPosition() > tokens.get(i - 1).endPosition());
        }
        int dateline = Dateline.length(words, spaced);
        Parse parse = parseAfterDateline(s, tokens, dateline > 0 ? dateline : RunInHeading.length(words));
        String[] tags = tokens.stream().map(CoreLabel::tag).toArray(String[]::new);
        String[] forms = words.toArray(String[]::new);
        if (ReducedRelative.repair(forms, tags, parse.heads(), parse.relations()) > 0) {
          for (int i = 0; i < tags.length; i++) {
            tokens.get(i).setTag(tags[i]);
          }
        }
        SpeakerRepair.repair(forms, lemmas.toArray(String[]::new), tags, parse.heads(), parse.relations());
        CommaParticiple.repair(lemmas.toArray(String[]::new), tags, parse.heads(), parse.relations());
        TwoSubjects.repair(forms, tags, parse.heads(), parse.relations());
        CommaRelative.repair(forms, tags, parse.heads(), parse.relations());
        GerundComplement.repair(tags, parse.heads(), parse.relations());
        SpeakerRepair.quotedSubject(forms, lemmas.toArray(String[]::new), tags, parse.heads(), parse.relations());
        SecondSaying.repair(forms, lemmas.toArray(String[]::new), tags, parse.heads(), parse.relations());
        parses.put(s, parse);
      }
    }
    for (CoreMap s : all) {
      out.add(convert(out.size(), s, parses.get(s), text, chunk, from));
    }
  }

  /**
   * Parses the sentence without its wire dateline ("LIMA:", "SPRING HILL, Tenn. (AP) --"),
   * which the parser, trained on running text, would take for the main clause. The dateline's
   * words hang flat under the sentence's root.
   */
  private Parse parseAfterDateline(CoreMap s, List<CoreLabel> tokens, int skip) {
    Parse p = new Parse(new int[tokens.size()], new String[tokens.size()]);
    if (skip == 0) {
      parser.parse(s, p.heads(), p.relations());
      return p;
    }
    CoreMap rest = new edu.stanford.nlp.util.ArrayCoreMap();
    rest.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(skip, tokens.size()));
    int[] heads = new int[tokens.size() - skip];
    String[] relations = new String[heads.length];
    parser.parse(rest, heads, relations);
    int root = skip;
    for (int i = 0; i < heads.length; i++) {
      p.heads()[skip + i] = heads[i] < 0 ? -1 : heads[i] + skip;
      p.relations()[skip + i] = relations[i];
      if (heads[i] < 0) {
        root = skip + i;
      }
    }
    for (int i = 0; i < skip; i++) {
      p.heads()[i] = root;
      p.relations()[i] = Character.isLetterOrDigit(tokens.get(i).word().charAt(0)) ? "dep" : "punct";
    }
    return p;
  }

  private static void repairTags(List<CoreLabel> tokens) {
    String[] words = new String[tokens.size()];
    String[] tags = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word();
      tags[i] = tokens.get(i).tag();
    }
    if (TagRepair.repair(words, tags) > 0) {
      for (int i = 0; i < words.length; i++) {
        tokens.get(i).setTag(tags[i]);
      }
    }
  }

  private static String lemmaOf(CoreLabel t) {
    String lemma = t.lemma();
    return lemma == null ? t.word() : lemma;
  }

  private record Parse(int[] heads, String[] relations) {
  }

  /** Vigil's sentence: the words as the NLP saw them ({@code chunk}), offsets into the article. */
  private static ParsedSentence convert(int index, CoreMap s, Parse parse, String text, String chunk, int offset) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = labels.get(i);
      int begin = t.beginPosition() + offset;
      int end = t.endPosition() + offset;
      // The word as written, not CoreNLP's normalised form (quotes, brackets).
      String word = chunk.substring(t.beginPosition(), t.endPosition());
      String ner = t.ner() == null ? "O" : t.ner();
      tokens.add(new Token(i, word, lemmaOf(t), t.tag(), ner, begin, end));
    }
    int[] heads = parse == null ? new int[0] : parse.heads();
    String[] rels = parse == null ? new String[0] : parse.relations();
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      int sentenceFirst = labels.isEmpty() ? 0 : labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
      for (CoreMap m : mentions) {
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirst;
        int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirst - 1;
        String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
        if (first >= 0 && last < tokens.size() && type != null) {
          entities.add(new EntityMention(type, first, last));
        }
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new ParsedSentence(index, text.substring(start, end), start, end, tokens, heads, rels, entities);
  }
}
