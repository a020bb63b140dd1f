package org.vigil.server;

/** A request the server refuses: its HTTP status and a message for the caller, sent as JSON. */
public final class ApiError extends RuntimeException {
  private final int status;

  public ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }
}
