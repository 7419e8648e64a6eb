package io.jobsconformance.mock.namespace;

/**
 * A request the mock itself refuses before the Jobs API sees it (a bad namespace name, too many namespaces, a bad
 * delay header). It carries a dotted error id in Mattermost's style, so public requests can get an AppError-shaped
 * body, and a message written for the person who sent the request.
 */
public final class RefusedRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String errorId;

  public RefusedRequest(int status, String errorId, String message) {
    super(message);
    this.status = status;
    this.errorId = errorId;
  }

  public int status() {
    return status;
  }

  public String errorId() {
    return errorId;
  }
}
