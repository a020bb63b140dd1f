package org.vigil.table;

/** A data table that cannot be read: the message names the table, the line and what is wrong. */
public final class TableException extends RuntimeException {
  public TableException(String table, int line, String problem) {
    super(line > 0 ? "line " + line + " of " + table + ": " + problem : table + ": " + problem);
  }
}
