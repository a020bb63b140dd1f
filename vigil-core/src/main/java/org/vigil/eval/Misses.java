package org.vigil.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vigil.model.Event;

/** The items Vigil got wrong, kept with their text so a developer can read them. */
final class Misses {
  private final List<String> items = new ArrayList<>();

  void add(String id, String text, String expected, List<Event> events) {
    String got = events.isEmpty() ? "(no event)" : events.stream().map(Misses::brief)
        .collect(Collectors.joining("; "));
    String t = text.length() > 400 ? text.substring(0, 400) + " ..." : text;
    items.add(id + "\n    text:     " + t.replace('\n', ' ') + "\n    expected: " + expected + "\n    got:      " + got);
  }

  void addText(String id, String text, String expected, String got) {
    items.add(id + "\n    text:     " + text + "\n    expected: " + expected + "\n    got:      " + got);
  }

  void print(PrintStream out, int max) {
    print(out, max, "misses");
  }

  void print(PrintStream out, int max, String title) {
    if (max <= 0 || items.isEmpty()) {
      return;
    }
    out.printf("%n%s (%d; showing %d):%n", title, items.size(), Math.min(max, items.size()));
    items.stream().limit(max).forEach(m -> out.println("  " + m));
  }

  int size() {
    return items.size();
  }

  static String brief(Event e) {
    return (e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code() + " "
        + (e.target() == null ? "-" : e.target().code()) + " [" + e.trigger().text()
        + (e.location() == null ? "" : " @" + e.location().text())
        + (e.size().dead() == null ? "" : " dead " + e.size().dead().value()) + "]";
  }
}
