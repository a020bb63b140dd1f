package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.time.TimeExpression;
import org.vigil.time.TimeFinder;

/**
 * CoreNLP's SUTime as a {@link TimeFinder} ({@code --dates sutime}): it runs on the tokens Vigil
 * already has and resolves against the publication date itself; its values become absolute
 * {@link TimeExpression}s (a date, a month of a year, a year). Its rules ship in the CoreNLP models
 * jar, so nothing is fetched at run time. Thread-safe, as CoreNLP's own TimeAnnotator relies on.
 */
public final class SutimeTagger implements TimeFinder {
  private static final String RULES = "edu/stanford/nlp/models/sutime/";
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)");
  private final TimeExpressionExtractor extractor;

  public SutimeTagger() {
    Properties p = new Properties();
    p.setProperty("sutime.rules", RULES + "defs.sutime.txt," + RULES + "english.sutime.txt,"
        + RULES + "english.holidays.sutime.txt");
    // Vigil dates events, not periods: "since March" should give March, not a range to now.
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    this.extractor = TimeExpressionExtractorFactory.createExtractor("sutime", p);
  }

  @Override
  public List<TimeExpression> find(ParsedSentence s, String text, LocalDate published) {
    List<CoreLabel> labels = new ArrayList<>(s.size());
    for (Token t : s.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setNER(t.ner());
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      labels.add(l);
    }
    Annotation sentence = new Annotation(s.text());
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.start());
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> found = extractor.extractTimeExpressionCoreMaps(sentence,
        published == null ? null : published.toString());
    for (CoreMap m : found) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
      int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - 1;
      TimeExpression t = timex == null || first < 0 || last >= s.size() ? null
          : convert(timex.value(), first, last, new Span(s.textOf(text, first, last),
              s.token(first).start(), s.token(last).end()), published);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** SUTime's TIMEX3 value as an absolute expression; unresolved ones ("XXXX-03", "PRESENT_REF") are none. */
  private static TimeExpression convert(String value, int first, int last, Span span, LocalDate published) {
    if (value == null) {
      return null;
    }
    Matcher w = WEEK.matcher(value);
    if (w.matches() && published != null) {
      // A week ("last week"): the publication's weekday in it, as Vigil's own resolver does.
      LocalDate d = published.with(IsoFields.WEEK_BASED_YEAR, Integer.parseInt(w.group(1)))
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)));
      return new TimeExpression(first, last, TimeExpression.Kind.FULL_DATE, d.getYear(), d.getMonthValue(),
          d.getDayOfMonth(), span);
    }
    Matcher d = DATE.matcher(value);
    if (!d.matches()) {
      return null;
    }
    int year = Integer.parseInt(d.group(1));
    if (d.group(3) != null) {
      return new TimeExpression(first, last, TimeExpression.Kind.FULL_DATE, year, Integer.parseInt(d.group(2)),
          Integer.parseInt(d.group(3)), span);
    }
    if (d.group(2) != null) {
      return new TimeExpression(first, last, TimeExpression.Kind.MONTH, Integer.parseInt(d.group(2)), year, 0,
          span);
    }
    return new TimeExpression(first, last, TimeExpression.Kind.YEAR, year, 0, 0, span);
  }
}
