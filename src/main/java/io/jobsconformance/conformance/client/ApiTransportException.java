package io.jobsconformance.conformance.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A request that got no usable HTTP answer: the connection could not be made, was reset or closed before a response,
 * the response was malformed (a broken chunked body), or nothing arrived within the client's timeout. The message
 * names the request and what went wrong, so a scenario against a broken server fails with a clear error instead of
 * hanging or reporting a bare {@code SocketException}.
 */
public final class ApiTransportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean timedOut;

  ApiTransportException(String request, Duration timeout, IOException cause) {
    super(describe(request, timeout, cause), cause);
    this.timedOut = cause instanceof InterruptedIOException;
  }

  /** Whether the server sent nothing within the client's timeout (as opposed to a broken connection or answer). */
  public boolean timedOut() {
    return timedOut;
  }

  /** The first {@link IOException} in the cause chain of {@code thrown}, or null when it has none. */
  static IOException ioCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String describe(String request, Duration timeout, IOException cause) {
    if (cause instanceof InterruptedIOException) {
      return request
          + " timed out: no answer within "
          + timeout.toMillis()
          + " ms (set "
          + JobsApiClient.TIMEOUT_PROPERTY
          + " to wait longer): "
          + cause;
    }
    return request + " failed without a usable HTTP answer (connection reset, closed or malformed): " + cause;
  }
}
