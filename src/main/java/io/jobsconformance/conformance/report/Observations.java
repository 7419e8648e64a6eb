package io.jobsconformance.conformance.report;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the scenarios saw on the wire, counted for the conformance summary: every response by spec operation and
 * status, every spec departure excused, every status change and cancel tried with its outcome. Step code runs on
 * several threads at once and knows nothing of reports, and the summary plugin knows nothing of steps; this one
 * JVM-wide collector is the only thing they share, so it is lock-free (counts merged atomically per key) and hands
 * the plugin an immutable {@link Snapshot}.
 */
public final class Observations {
  private static final Observations GLOBAL = new Observations();
  private static final int MAX_PATH = 120;

  private final ConcurrentMap<ResponseKey, Long> responses = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Long> departures = new ConcurrentHashMap<>();
  private final ConcurrentMap<TransitionKey, Long> transitions = new ConcurrentHashMap<>();
  private final ConcurrentMap<CancelKey, Long> cancels = new ConcurrentHashMap<>();

  /** The collector the step code and the summary plugin share. */
  public static Observations global() {
    return GLOBAL;
  }

  /**
   * A response received. {@code operationId} is the spec's (e.g. {@code GetJobs}), or null when the request matched
   * no spec operation (a route miss such as a trailing slash); then method and path say what was asked.
   */
  public void response(String operationId, String method, String path, int status) {
    String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
    String p = path == null ? "" : path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
    count(responses, new ResponseKey(operationId, m, p, status));
  }

  /** A listed spec departure (its name in {@code openapi/spec-departures.yaml}) seen in a response. */
  public void departure(String departureName) {
    count(departures, String.valueOf(departureName));
  }

  /**
   * A PATCH status change tried on a job in {@code currentStatus} ({@code ""} allowed) asking for
   * {@code requestedStatus}; {@code outcome} is what came back, e.g. {@code "200 canceled"} or
   * {@code "400 api.job.status.invalid"}.
   */
  public void transition(String currentStatus, String requestedStatus, boolean force, String outcome) {
    count(transitions, new TransitionKey(nz(currentStatus), nz(requestedStatus), force, nz(outcome)));
  }

  /** A cancel tried on a job in {@code currentStatus}, with its outcome as for {@link #transition}. */
  public void cancel(String currentStatus, String outcome) {
    count(cancels, new CancelKey(nz(currentStatus), nz(outcome)));
  }

  /** A consistent-enough copy: each count is exact, counts taken while scenarios still run may be a step apart. */
  public Snapshot snapshot() {
    return new Snapshot(freeze(responses), freeze(departures), freeze(transitions), freeze(cancels));
  }

  /** Forgets everything; the summary plugin calls it when a run starts, so two runs in one JVM do not add up. */
  public void reset() {
    responses.clear();
    departures.clear();
    transitions.clear();
    cancels.clear();
  }

  private static <K> void count(ConcurrentMap<K, Long> counts, K key) {
    counts.merge(key, 1L, Long::sum);
  }

  private static <K extends Comparable<K>> Map<K, Long> freeze(Map<K, Long> counts) {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * One response kind. Method and path are kept even when an operation matched, because the coverage matrix counts
   * a route miss by its exact path ({@code GET /api/v4/jobs/}) whichever operation the validator resolved it to.
   */
  public record ResponseKey(String operationId, String method, String path, int status)
      implements Comparable<ResponseKey> {
    @Override
    public int compareTo(ResponseKey o) {
      return (nz(operationId) + '\0' + method + '\0' + path + '\0' + (1000 + status))
          .compareTo(nz(o.operationId) + '\0' + o.method + '\0' + o.path + '\0' + (1000 + o.status));
    }
  }

  /** One status change tried, with what came back. */
  public record TransitionKey(String currentStatus, String requestedStatus, boolean force, String outcome)
      implements Comparable<TransitionKey> {
    @Override
    public int compareTo(TransitionKey o) {
      return (currentStatus + '\0' + requestedStatus + '\0' + force + '\0' + outcome)
          .compareTo(o.currentStatus + '\0' + o.requestedStatus + '\0' + o.force + '\0' + o.outcome);
    }
  }

  /** One cancel tried, with what came back. */
  public record CancelKey(String currentStatus, String outcome) implements Comparable<CancelKey> {
    @Override
    public int compareTo(CancelKey o) {
      return (currentStatus + '\0' + outcome).compareTo(o.currentStatus + '\0' + o.outcome);
    }
  }

  /** An immutable copy of the counts, sorted, for the summary. */
  public record Snapshot(
      Map<ResponseKey, Long> responses,
      Map<String, Long> departures,
      Map<TransitionKey, Long> transitions,
      Map<CancelKey, Long> cancels) {}
}
