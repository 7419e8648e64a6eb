package io.jobsconformance.conformance.server;

/** The target cannot serve the suite; the message is the one sentence the user sees. */
public final class TargetUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TargetUnavailableException(String message) {
    super(message);
  }
}
