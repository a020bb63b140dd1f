package org.vigil.eval;

/** True positives, false positives and false negatives, and the figures made from them. */
final class Tally {
  int tp;
  int fp;
  int fn;

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String line(String what) {
    return String.format("%-34s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)", what, precision(), recall(), f1(),
        tp, fp, fn);
  }

  static String ratio(String what, int hit, int total) {
    return String.format("%-34s %.3f   (%d of %d)", what, total == 0 ? 0.0 : (double) hit / total, hit, total);
  }
}
