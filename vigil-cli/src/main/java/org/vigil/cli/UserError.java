package org.vigil.cli;

/** A mistake the user can fix; its message is shown as is, with its exit status. */
final class UserError extends RuntimeException {
  private final int status;

  UserError(String message, int status) {
    super(message);
    this.status = status;
  }

  UserError(String message) {
    this(message, Errors.INPUT);
  }

  int status() {
    return status;
  }
}
