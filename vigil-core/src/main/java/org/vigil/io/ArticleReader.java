package org.vigil.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.model.Article;

/**
 * Reads articles from the inputs a user names: {@code .txt} files (publication date given
 * separately), {@code .jsonl} files of {@code {"id","date","title"?,"text"}} records, directories of
 * such files, or {@code -} for standard input. Articles stream one at a time; a bad record is
 * reported with its file and line and the rest are still read.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LocalDate defaultDate;
  private final String idOverride;
  private final Consumer<InputProblem> problems;
  private final InputStream stdin;

  /**
   * @param defaultDate publication date for text inputs and records without one (may be null)
   * @param idOverride  id for a single text input (may be null: the file name is used)
   */
  public ArticleReader(LocalDate defaultDate, String idOverride, Consumer<InputProblem> problems, InputStream stdin) {
    this.defaultDate = defaultDate;
    this.idOverride = idOverride;
    this.problems = problems;
    this.stdin = stdin;
  }

  /** Reads every input in order, handing each good article to {@code sink}. */
  public void read(List<String> inputs, Consumer<Article> sink) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStream("<stdin>", stdin, sink, null);
        continue;
      }
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        List<Path> files = filesIn(p);
        if (files.isEmpty()) {
          problems.accept(new InputProblem(input, 0, "directory holds no .txt or .jsonl articles"));
        }
        for (Path f : files) {
          readFile(f, sink);
        }
      } else if (!Files.exists(p)) {
        problems.accept(new InputProblem(input, 0, "no such file or directory"));
      } else {
        readFile(p, sink);
      }
    }
  }

  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> {
        String n = f.getFileName().toString();
        return n.endsWith(".txt") || n.endsWith(".jsonl");
      }).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private void readFile(Path f, Consumer<Article> sink) {
    String name = f.getFileName().toString();
    try (InputStream in = Files.newInputStream(f)) {
      if (name.endsWith(".jsonl") || name.endsWith(".json")) {
        readJsonl(f.toString(), in, sink);
      } else {
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        readText(f.toString(), in, idOverride != null ? idOverride : stem, sink);
      }
    } catch (NoSuchFileException e) {
      problems.accept(new InputProblem(f.toString(), 0, "no such file"));
    } catch (IOException e) {
      problems.accept(new InputProblem(f.toString(), 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readStream(String name, InputStream in, Consumer<Article> sink, String id) {
    try {
      byte[] all = in.readAllBytes();
      int k = 0;
      while (k < all.length && Character.isWhitespace(all[k])) {
        k++;
      }
      java.io.ByteArrayInputStream bytes = new java.io.ByteArrayInputStream(all);
      if (k < all.length && all[k] == '{') {
        readJsonl(name, bytes, sink);
      } else {
        readText(name, bytes, idOverride != null ? idOverride : id != null ? id : "stdin", sink);
      }
    } catch (IOException e) {
      problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readText(String name, InputStream in, String id, Consumer<Article> sink) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(name, 0, "not valid UTF-8 text"));
      return;
    }
    if (text.isBlank()) {
      problems.accept(new InputProblem(name, 0, "empty article: no text to code"));
      return;
    }
    if (defaultDate == null) {
      problems.accept(new InputProblem(name, 0, "no publication date: pass --date YYYY-MM-DD (dates stay unresolved)", true));
    }
    sink.accept(new Article(id, defaultDate, null, stripBom(text), null));
  }

  private void readJsonl(String name, InputStream in, Consumer<Article> sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    int line = 0;
    List<String> seen = new ArrayList<>();
    while (true) {
      String raw;
      try {
        raw = r.readLine();
      } catch (CharacterCodingException e) {
        problems.accept(new InputProblem(name, line + 1, "not valid UTF-8; the rest of the file is skipped"));
        return;
      }
      if (raw == null) {
        return;
      }
      line++;
      if (raw.isBlank()) {
        continue;
      }
      Article a = record(name, line, stripBom(raw));
      if (a != null) {
        if (seen.size() < 100_000 && seen.contains(a.id())) {
          problems.accept(new InputProblem(name, line, "id '" + a.id() + "' repeats an earlier record"));
        }
        if (seen.size() < 100_000) {
          seen.add(a.id());
        }
        sink.accept(a);
      }
    }
  }

  private Article record(String name, int line, String raw) {
    JsonNode n;
    try {
      n = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      problems.accept(new InputProblem(name, line, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (n == null || !n.isObject()) {
      problems.accept(new InputProblem(name, line, "expected a JSON object with \"id\" and \"text\""));
      return null;
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      problems.accept(new InputProblem(name, line, "record has no \"text\" string"));
      return null;
    }
    if (text.asText().isBlank()) {
      problems.accept(new InputProblem(name, line, "record has empty \"text\""));
      return null;
    }
    String id = n.hasNonNull("id") ? n.get("id").asText() : Path.of(name).getFileName() + "#" + line;
    LocalDate date = defaultDate;
    JsonNode d = n.get("date");
    if (d != null && !d.isNull()) {
      try {
        String v = d.asText();
        date = LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
      } catch (DateTimeParseException e) {
        problems.accept(new InputProblem(name, line, "date '" + d.asText() + "' is not YYYY-MM-DD"));
        return null;
      }
    }
    String title = n.hasNonNull("title") ? n.get("title").asText() : null;
    String source = n.hasNonNull("source") ? n.get("source").asText() : null;
    return new Article(id, date, title, text.asText(), source);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
