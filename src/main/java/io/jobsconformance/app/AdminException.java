package io.jobsconformance.app;

/**
 * A refused control-plane request: 400 for bad input, 404 for an unknown job, 409 when the job's state does not allow
 * the worker action. The message is meant for the person who wrote the request.
 */
public final class AdminException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public AdminException(int status, String message) {
    super(message);
    this.status = status;
  }

  public static AdminException badRequest(String message) {
    return new AdminException(400, message);
  }

  public int status() {
    return status;
  }
}
