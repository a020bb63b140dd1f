package org.vigil.store;

/**
 * The store cannot do what was asked: the database is unreachable, locked, not a Vigil database, or
 * a statement failed. The message is one line that names the database, for the user.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
