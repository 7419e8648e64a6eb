package io.jobsconformance.conformance.spec;

import java.util.List;

/**
 * What the published spec says about one response, after known departures are taken out. Tests assert on
 * {@link #violations()} (must be empty) and count {@link #excused()} by departure name, so a departure that stops
 * happening, or a new one, shows up. A request the spec has no operation for (a 404 route miss, a wrong method) gets
 * a verdict with a null operation and no findings: the spec says nothing about it, which is not a failure.
 *
 * @param method the request's HTTP method
 * @param path the request path, without the query
 * @param status the response status
 * @param operationId the spec operation the request resolves to, or null when not applicable
 * @param violations validator messages no departure excuses
 * @param excused validator messages a departure excuses
 */
public record ResponseVerdict(
    String method, String path, int status, String operationId, List<Violation> violations, List<Excused> excused) {

  /** One validator message: its key (e.g. {@code validation.response.status.unknown}) and text. */
  public record Violation(String key, String message) {}

  /** A validator message excused by the named departure. */
  public record Excused(String departure, String key, String message) {}

  public ResponseVerdict {
    violations = List.copyOf(violations);
    excused = List.copyOf(excused);
  }

  /** A verdict for a request that resolves to no operation of the spec. */
  public static ResponseVerdict notApplicable(String method, String path, int status) {
    return new ResponseVerdict(method, path, status, null, List.of(), List.of());
  }

  public boolean isNotApplicable() {
    return operationId == null;
  }

  /** True when the spec, with its known departures, accepts the response (or does not apply). */
  public boolean conforms() {
    return violations.isEmpty();
  }

  /** The names of the departures this response showed, one per excused message. */
  public List<String> departureNames() {
    return excused.stream().map(Excused::departure).toList();
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " [" + (operationId == null ? "not in spec" : operationId) + "]"
        + (violations.isEmpty() ? "" : " violations " + violations)
        + (excused.isEmpty() ? "" : " excused " + excused);
  }
}
