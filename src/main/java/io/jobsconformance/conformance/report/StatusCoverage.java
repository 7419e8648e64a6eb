package io.jobsconformance.conformance.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operation x status-code coverage matrix: for every status an operation can give (documented by the spec or
 * listed as undocumented), how many responses of this run had it. A status seen that neither source lists is kept
 * as an "unlisted" cell, outside the totals, because it means either a server bug or a gap in the table, and both
 * deserve a look. Route misses count against the row that names their exact path; the rest are listed apart.
 *
 * @param rows documented plus undocumented rows
 * @param exercised rows with at least one response
 * @param documentedRows rows the spec documents
 * @param documentedExercised of those, exercised
 * @param operations one entry per spec operation, in spec order
 * @param routeMisses responses that matched no operation and no row's route miss
 */
public record StatusCoverage(
    int rows,
    int exercised,
    int documentedRows,
    int documentedExercised,
    List<OperationCoverage> operations,
    List<RouteMissCount> routeMisses) {
  public static final String DOCUMENTED = "documented";
  public static final String UNDOCUMENTED = "undocumented";
  public static final String UNLISTED = "unlisted";

  /** One operation's row set. */
  public record OperationCoverage(
      String operationId, String method, String path, int rows, int exercised, List<Cell> statuses) {}

  /** One status of one operation: its kind, why it exists when undocumented, and how often it was seen. */
  public record Cell(int status, String kind, long count, String reason, String reference) {
    public boolean exercised() {
      return count > 0;
    }
  }

  /** Responses to a request that no operation owns. */
  public record RouteMissCount(String method, String path, int status, long count) {}

  public static StatusCoverage of(StatusCatalog catalog, Observations.Snapshot snapshot) {
    Map<String, Map<Integer, Long>> seen = new HashMap<>();
    List<RouteMissCount> misses = new ArrayList<>();
    Map<String, String> routeMissOwner = new HashMap<>();
    catalog.operations().forEach(op -> op.rows().values().stream()
        .filter(r -> r.routeMiss() != null)
        .forEach(r -> routeMissOwner.put(r.routeMiss() + " " + r.status(), op.operationId())));
    snapshot.responses().forEach((key, count) -> {
      // A route miss row wins over the validator's guess: it may resolve GET /api/v4/jobs/type/ to GetJob.
      String owner = routeMissOwner.getOrDefault(key.method() + " " + key.path() + " " + key.status(),
          key.operationId());
      if (owner == null) {
        misses.add(new RouteMissCount(key.method(), key.path(), key.status(), count));
      } else {
        seen.computeIfAbsent(owner, k -> new TreeMap<>()).merge(key.status(), count, Long::sum);
      }
    });
    List<OperationCoverage> operations = new ArrayList<>();
    int rows = 0;
    int exercised = 0;
    int documented = 0;
    int documentedExercised = 0;
    for (StatusCatalog.Operation op : catalog.operations()) {
      Map<Integer, Long> counts = new TreeMap<>(seen.getOrDefault(op.operationId(), Map.of()));
      List<Cell> cells = new ArrayList<>();
      int opExercised = 0;
      for (StatusCatalog.Row row : op.rows().values()) {
        long count = counts.getOrDefault(row.status(), 0L);
        counts.remove(row.status());
        cells.add(new Cell(row.status(), row.documented() ? DOCUMENTED : UNDOCUMENTED, count, row.reason(),
            row.reference()));
        opExercised += count > 0 ? 1 : 0;
        documented += row.documented() ? 1 : 0;
        documentedExercised += row.documented() && count > 0 ? 1 : 0;
      }
      counts.forEach((status, count) -> cells.add(new Cell(status, UNLISTED, count, null, null)));
      cells.sort((a, b) -> Integer.compare(a.status(), b.status()));
      rows += op.rows().size();
      exercised += opExercised;
      operations.add(new OperationCoverage(
          op.operationId(), op.method(), op.path(), op.rows().size(), opExercised, List.copyOf(cells)));
    }
    return new StatusCoverage(rows, exercised, documented, documentedExercised, List.copyOf(operations),
        List.copyOf(misses));
  }
}
