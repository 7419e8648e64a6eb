package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import io.jobsconformance.mock.namespace.RefusedRequest;

/**
 * The per-request delay a mapping can ask for with the transformer parameter {@code "delayFromHeader": "<header>"}:
 * the header's value in milliseconds, 0 to 60000, applied as WireMock's fixed delay (the response is held back, the
 * container thread is not, since the mock runs with asynchronous responses). A mapping without the parameter, or a
 * request without the header, gets no delay.
 */
final class DelayParameter {
  static final String PARAMETER = "delayFromHeader";
  static final int MAX_MILLIS = 60_000;

  private DelayParameter() {}

  /** The delay in milliseconds, or null for none; throws {@link RefusedRequest} (400) for a bad value. */
  static Integer of(Parameters parameters, Request request) {
    Object header = parameters.get(PARAMETER);
    if (!(header instanceof String name)) {
      return null;
    }
    String value = request.getHeader(name);
    if (value == null) {
      return null;
    }
    try {
      int millis = Integer.parseInt(value.trim());
      if (millis >= 0 && millis <= MAX_MILLIS) {
        return millis;
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the refusal below, which says what is accepted
    }
    throw new RefusedRequest(
        400,
        "mock.delay.invalid",
        "Invalid " + name + " header '" + value + "': give the delay in whole milliseconds, from 0 to " + MAX_MILLIS
            + ".");
  }
}
