package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Some added articles and their events as lines for DuckDB's CSV reader, made on a worker thread
 * of the bulk loader, with the events' word postings ({@link WordPostings}).
 *
 * <p>The format: tab between fields, newline after a row, {@code \N} for NULL. A string is quoted,
 * with the control character U+0001 as quote and as its own escape, when it is empty, is
 * {@code \N}, starts with a byte order mark, or holds a character below U+0020 (a tab, a line
 * break, the quote itself): the JSON records never are (JSON escapes control characters), so they
 * go in as their bytes, where the usual {@code "} quote would double each of their quotes. Numbers
 * print as Java prints them, which DuckDB parses back to the same value.
 */
final class CsvChunk {
  static final char QUOTE = '\u0001';
  private static final byte TAB = '\t';
  private static final byte NEWLINE = '\n';
  private static final byte[] NULL = {'\\', 'N'};

  /** The columns of the articles' lines: the table's but {@code ingested_at}, which the move adds. */
  static final List<Columns.Column> ARTICLES = List.of(new Columns.Column("id", Columns.Kind.STRING),
      new Columns.Column("published", Columns.Kind.DATE), new Columns.Column("title", Columns.Kind.STRING),
      new Columns.Column("source", Columns.Kind.STRING), new Columns.Column("body", Columns.Kind.STRING),
      new Columns.Column("content_hash", Columns.Kind.STRING));

  /** An added article: its events get the seqs from {@code firstSeq} on; json may be null. */
  record Entry(Article article, List<Event> events, List<String> storyIds, List<String> json, long firstSeq) {
  }

  final long firstSeq;
  /** How many event rows. */
  final int rows;
  /** The event rows' lines, and where the line of each ends. */
  final Bytes events = new Bytes(1 << 16);
  final int[] ends;
  final Bytes articles = new Bytes(1 << 12);
  final WordPostings postings = new WordPostings();
  /** Seqs of sentences {@link WordPostings} refused: the database tokenises them. */
  final long[] odd;
  /** The longest line in bytes. */
  int longest;

  private CsvChunk(List<Entry> entries) {
    this.firstSeq = entries.get(0).firstSeq();
    this.rows = entries.stream().mapToInt(e -> e.events().size()).sum();
    this.ends = new int[rows];
    long[] refused = new long[rows];
    int nOdd = 0;
    int k = 0;
    for (Entry e : entries) {
      Article a = e.article();
      int start = articles.size;
      articles.field(a.id()).tab().field(a.date()).tab().field(a.title()).tab().field(a.source()).tab()
          .field(a.text()).tab().field(JdbcEventStore.contentHash(a)).line();
      longest = Math.max(longest, articles.size - start);
      for (int i = 0; i < e.events().size(); i++) {
        Event ev = e.events().get(i);
        long seq = e.firstSeq() + i;
        Object[] row = Columns.row(ev, e.storyIds().get(i), seq, a.source(),
            e.json() == null ? EventJson.toJson(ev) : e.json().get(i));
        start = events.size;
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            events.tab();
          }
          events.field(row[c]);
        }
        events.line();
        ends[k++] = events.size;
        longest = Math.max(longest, events.size - start);
        if (!postings.add(seq, ev.sentence())) {
          refused[nOdd++] = seq;
        }
      }
    }
    this.odd = Arrays.copyOf(refused, nOdd);
  }

  /** Formats the entries, which hold consecutive seqs. */
  static CsvChunk of(List<Entry> entries) {
    return new CsvChunk(entries);
  }

  /**
   * The {@code read_csv} of these files with the columns of a table, in DuckDB's SQL; lines up to
   * {@code longest} bytes (its default limit is 2 MB a line).
   */
  static String read(List<java.nio.file.Path> files, List<Columns.Column> columns, int longest) {
    String names = files.stream().map(f -> "'" + f.toString().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
    String types = columns.stream().map(c -> "'" + c.name() + "': '" + sqlType(c.kind()) + "'")
        .collect(Collectors.joining(", ", "{", "}"));
    long max = Math.max(2_000_000L, longest + 1L);
    return "read_csv(" + names + ", delim = '\t', quote = '" + QUOTE + "', escape = '" + QUOTE + "', header = false, "
        + "nullstr = '\\N', allow_quoted_nulls = false, auto_detect = false, new_line = '\\n', max_line_size = " + max
        + (max > 2_000_000L ? ", buffer_size = " + 16 * max : "") + ", columns = " + types + ")";
  }

  private static String sqlType(Columns.Kind k) {
    return switch (k) {
      case LONG -> "BIGINT";
      case INT -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case STRING -> "VARCHAR";
    };
  }

  /** A growable byte buffer that writes CSV fields. */
  static final class Bytes {
    byte[] buf;
    int size;

    Bytes(int capacity) {
      buf = new byte[capacity];
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    private Bytes put(byte b) {
      room(1);
      buf[size++] = b;
      return this;
    }

    private void put(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    Bytes tab() {
      return put(TAB);
    }

    Bytes line() {
      return put(NEWLINE);
    }

    Bytes field(Object v) {
      if (v == null) {
        put(NULL);
      } else if (v instanceof String s) {
        string(s);
      } else if (v instanceof LocalDate || v instanceof Number || v instanceof Boolean) {
        ascii(v.toString());
      } else {
        throw new IllegalArgumentException("no CSV form for " + v.getClass());
      }
      return this;
    }

    private void ascii(String s) {
      int n = s.length();
      room(n);
      for (int i = 0; i < n; i++) {
        buf[size++] = (byte) s.charAt(i);
      }
    }

    private void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      // A leading byte order mark is quoted too: the reader drops one at the start of a file.
      boolean quote = b.length == 0 || b.length == 2 && b[0] == '\\' && b[1] == 'N'
          || b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
      for (int i = 0; i < b.length && !quote; i++) {
        // UTF-8 bytes of characters from U+0080 on are all >= 0x80: only a control character is below 0x20.
        quote = b[i] >= 0 && b[i] < 0x20;
      }
      if (!quote) {
        put(b);
        return;
      }
      room(2 * b.length + 2);
      buf[size++] = (byte) QUOTE;
      for (byte x : b) {
        if (x == QUOTE) {
          buf[size++] = (byte) QUOTE;
        }
        buf[size++] = x;
      }
      buf[size++] = (byte) QUOTE;
    }
  }
}
