package org.vigil.cli;

import java.io.UncheckedIOException;
import org.vigil.store.StoreException;
import org.vigil.table.TableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line on standard error and an exit status: a user's mistake never shows a
 * stack trace. 2 is a usage or input error, 3 a data-table error, 4 an I/O error, 5 an event-store
 * error (unreachable, locked, not a Vigil database), 1 a bug.
 */
final class Errors implements IExecutionExceptionHandler {
  static final int INPUT = 2;
  static final int TABLE = 3;
  static final int IO = 4;
  static final int STORE = 5;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof UserError u) {
      cmd.getErr().println("vigil: " + u.getMessage());
      return u.status();
    }
    if (e instanceof StoreException) {
      cmd.getErr().println("vigil: " + e.getMessage());
      return STORE;
    }
    if (e instanceof TableException) {
      cmd.getErr().println("vigil: " + e.getMessage());
      return TABLE;
    }
    if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
      cmd.getErr().println("vigil: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
      return IO;
    }
    cmd.getErr().println("vigil: internal error: " + e);
    if (System.getenv("VIGIL_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("vigil: set VIGIL_DEBUG=1 for the stack trace, and please report it");
    }
    return 1;
  }
}
