package org.vigil.io;

/**
 * Something wrong with the input that the user can fix: where it is and what it is.
 *
 * @param warning true when the article was still coded (a missing date), false when it was skipped
 */
public record InputProblem(String file, int line, String message, boolean warning) {
  public InputProblem(String file, int line, String message) {
    this(file, line, message, false);
  }

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line + ": " : file + ": ") + (warning ? "warning: " : "") + message;
  }
}
