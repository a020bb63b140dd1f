package org.vigil.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A reviewable tab-separated table: {@code #} comment lines, one header line, then rows with
 * exactly the header's columns. Lists inside a cell are separated by {@code |}.
 */
public final class TsvTable {
  private final String name;
  private final List<String> header;
  private final List<Row> rows;

  /** One data row and the line it came from, for error messages. */
  public record Row(String table, int line, List<String> header, String[] cells) {
    public String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new TableException(table, line, "no column '" + column + "'");
      }
      return cells[i];
    }

    public List<String> list(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : v.split("\\|")) {
        String p = part.strip();
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
      return out;
    }

    public TableException error(String problem) {
      return new TableException(table, line, problem);
    }
  }

  private TsvTable(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a table shipped as a class-path resource beside {@code owner}'s package. */
  public static TsvTable resource(Class<?> owner, String fileName, String... requiredColumns) {
    String path = owner.getPackageName().replace('.', '/') + "/" + fileName;
    InputStream in = owner.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new TableException(path, 0, "missing from the class path");
    }
    return read(path, in, requiredColumns);
  }

  /** Reads a user's table from a file. */
  public static TsvTable file(Path file, String... requiredColumns) {
    try {
      return read(file.toString(), Files.newInputStream(file), requiredColumns);
    } catch (IOException e) {
      throw new TableException(file.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  private static TsvTable read(String name, InputStream in, String... requiredColumns) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = null;
      List<Row> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = List.of(cells);
          for (String c : requiredColumns) {
            if (!header.contains(c)) {
              throw new TableException(name, n, "header lacks column '" + c + "'");
            }
          }
          continue;
        }
        if (cells.length != header.size()) {
          throw new TableException(name, n, "expected " + header.size() + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(new Row(name, n, header, cells));
      }
      if (header == null) {
        throw new TableException(name, 0, "no header line");
      }
      return new TsvTable(name, header, Collections.unmodifiableList(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return name + " " + Arrays.toString(header.toArray()) + " (" + rows.size() + " rows)";
  }
}
