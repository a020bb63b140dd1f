package org.vigil.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import org.vigil.model.Event;

/**
 * Decides whether two mentions are the same real-world event, by the evidence the coder found:
 * compatible actors, the same CAMEO root family, a place that agrees and dates within a window.
 * Pure and deterministic: the store feeds it candidates and keeps the story of the best match.
 */
public final class Linker {
  private final LinkingRules rules;

  public Linker(LinkingRules rules) {
    this.rules = rules;
  }

  public LinkingRules rules() {
    return rules;
  }

  /** What linking looks at in one mention; built from an event or read back from the store. */
  /**
   * @param vague no place and no actor with a country: "killing 15 soldiers" could be anywhere, so
   *              such a mention links only within its own article
   */
  public record Key(String eventId, String doc, String storyId, long seq, LocalDate date, String root,
                    String source, String target, String locCountry, String locPrecision, Double lat, Double lon,
                    boolean negated, boolean vague) {
    public static Key of(Event e, String storyId, long seq) {
      var loc = e.location();
      boolean unreal = e.modality().negated() || e.modality().hypothetical();
      boolean vague = loc == null && (e.source() == null || e.source().country() == null)
          && (e.target() == null || e.target().country() == null);
      return new Key(e.id(), e.docId(), storyId, seq, JdbcEventStore.startDate(e), e.cameo().root(),
          e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
          loc == null ? null : loc.country(), loc == null ? null : loc.precision(), loc == null ? null : loc.lat(),
          loc == null ? null : loc.lon(), unreal, vague);
    }

    Key withStory(String story) {
      return new Key(eventId, doc, story, seq, date, root, source, target, locCountry, locPrecision, lat, lon, negated,
          vague);
    }
  }

  /** Whether {@code a} and {@code b} describe the same event under the rules. */
  public boolean sameEvent(Key a, Key b) {
    if (a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > rules.windowDays()) {
      return false;
    }
    if (!a.root().equals(b.root())) {
      return false;
    }
    if (rules.separateNegated() && a.negated() != b.negated()) {
      return false;
    }
    if ((a.vague() || b.vague()) && !a.doc().equals(b.doc())) {
      return false;
    }
    return actorsAgree(a, b) && placesAgree(a, b);
  }

  /**
   * Same source and same target; or, when a side is missing from one report ("shelling killed 5"
   * against "the army shelled the town, killing 5"), the sides both reports name agree.
   */
  private boolean actorsAgree(Key a, Key b) {
    boolean sourceBoth = a.source() != null && b.source() != null;
    boolean targetBoth = a.target() != null && b.target() != null;
    if (!sourceBoth && !targetBoth) {
      return false;
    }
    return (!sourceBoth || codesAgree(a.source(), b.source())) && (!targetBoth || codesAgree(a.target(), b.target()));
  }

  private boolean codesAgree(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    if (!rules.nestedActors() || x.length() % 3 != 0 || y.length() % 3 != 0) {
      return false;
    }
    List<String> a = parts(x);
    List<String> b = parts(y);
    return a.containsAll(b) || b.containsAll(a);
  }

  private static List<String> parts(String code) {
    List<String> out = new ArrayList<>(code.length() / 3);
    for (int i = 0; i < code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /** Two city-level places: within maxKm. Otherwise: the same country when both have one. */
  private boolean placesAgree(Key a, Key b) {
    if (isPoint(a) && isPoint(b)) {
      return km(a.lat(), a.lon(), b.lat(), b.lon()) <= rules.maxKm();
    }
    return a.locCountry() == null || b.locCountry() == null || a.locCountry().equals(b.locCountry());
  }

  private static boolean isPoint(Key k) {
    return k.lat() != null && "city".equals(k.locPrecision());
  }

  /** Among candidates, the one to join: nearest in time, then in space, then the earliest stored. */
  public Optional<Key> bestMatch(Key mention, Collection<Key> candidates) {
    return candidates.stream().filter(c -> sameEvent(mention, c)).min(Comparator
        .comparingLong((Key c) -> Math.abs(ChronoUnit.DAYS.between(mention.date(), c.date())))
        .thenComparingDouble(c -> isPoint(mention) && isPoint(c) ? km(mention.lat(), mention.lon(), c.lat(), c.lon()) : 0)
        .thenComparingLong(Key::seq));
  }

  /** Great-circle distance in kilometres (haversine on a 6371 km sphere). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
