package org.vigil.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.io.ArticleReader;
import org.vigil.model.Article;
import org.vigil.nlp.ParsedArticle;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;
import org.vigil.pipeline.VigilPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil parse}: shows what the coder sees, one token per line in CoNLL-U style. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Print the tokens, tags and dependencies Vigil codes from (CoNLL-U style), to see why.")
final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "as for 'vigil code'")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  String date;

  @Override
  public Integer call() {
    LocalDate published = CodeCommand.parseDate(date);
    VigilPipeline pipeline = Pipelines.build(null);
    List<Article> articles = new ArrayList<>();
    new ArticleReader(published, null, p -> System.err.println("vigil: " + p), System.in).read(inputs, articles::add);
    for (Article a : articles) {
      ParsedArticle parsed = pipeline.parse(a);
      for (ParsedSentence s : parsed.sentences()) {
        System.out.println("# " + a.id() + " sentence " + s.index() + (s.isParsed() ? "" : " (not parsed)"));
        System.out.println("# text = " + s.text());
        for (Token t : s.tokens()) {
          int h = s.isParsed() ? s.head(t.index()) + 1 : -1;
          String rel = s.isParsed() ? s.relation(t.index()) : "_";
          System.out.printf("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d-%d%n", t.index() + 1, t.word(), t.lemma(), t.pos(),
              t.ner(), h < 0 ? "_" : String.valueOf(h), rel, t.start(), t.end());
        }
        System.out.println();
      }
    }
    return articles.isEmpty() ? Errors.INPUT : 0;
  }
}
