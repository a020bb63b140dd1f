package org.vigil.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.table.TableException;

/**
 * The lines of a PETRARCH/TABARI dictionary with comments removed: {@code #} to the end of the
 * line and {@code <!-- ... -->} blocks, which may span lines (TABARI files also write {@code <! --}).
 */
final class DictionaryLines {
  /** One line that still holds something, with its 1-based number in the file. */
  record Line(int number, String text, boolean indented) {
  }

  private DictionaryLines() {
  }

  static List<Line> read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new TableException(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }

  static List<Line> parse(String name, String content) {
    List<Line> out = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    boolean inBlock = false;
    int blockStart = 0;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      StringBuilder kept = new StringBuilder();
      int i = 0;
      boolean inCode = false;
      while (i < line.length()) {
        if (inBlock) {
          int end = line.indexOf("-->", i);
          if (end < 0) {
            i = line.length();
          } else {
            inBlock = false;
            i = end + 3;
          }
        } else if (line.startsWith("<!", i)) {
          inBlock = true;
          blockStart = n + 1;
          i += 2;
        } else if (line.charAt(i) == '#' && !inCode) {
          break; // a '#' inside brackets is part of a code ("[###]")
        } else {
          char c = line.charAt(i++);
          inCode = c == '[' || inCode && c != ']';
          kept.append(c);
        }
      }
      String text = kept.toString().strip();
      if (!text.isEmpty()) {
        out.add(new Line(n + 1, text, Character.isWhitespace(line.isEmpty() ? 'x' : line.charAt(0))));
      }
    }
    if (inBlock) {
      throw new TableException(name, blockStart, "comment block '<!--' is never closed with '-->'");
    }
    return out;
  }
}
