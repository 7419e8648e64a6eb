package io.jobsconformance.conformance.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status-change matrix of {@code PATCH /jobs/{id}/status}: every current status (the seven and {@code ""}) x
 * every requested status (the seven, {@code ""} and an invalid string) x {@code force} false/true, 144 cases, plus
 * cancel on each of the eight current statuses; for each, the outcomes observed. Any requested value outside the
 * known ones is one case ("invalid"), since the server treats every such string alike; the string itself is kept
 * in the outcome so a reader sees what was sent.
 *
 * @param cases 144
 * @param exercised cases with at least one observation
 * @param cells every case, exercised or not, current status major, then requested, then force
 * @param cancelCases 8
 * @param cancelExercised cancel cases with at least one observation
 * @param cancels every cancel case
 */
public record TransitionCoverage(
    int cases, int exercised, List<Cell> cells, int cancelCases, int cancelExercised, List<CancelCell> cancels) {
  /** The current statuses: the seven of model/job.go and the empty string a seeded job may have. */
  public static final List<String> CURRENT = List.of(
      "pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning", "");

  /** The column every unknown requested status (scenarios send {@code foo}) falls into. */
  public static final String INVALID = "(invalid)";

  /** The requested statuses: the current ones plus an invalid string. */
  public static final List<String> REQUESTED = concat(CURRENT, INVALID);

  /** One case of the PATCH matrix, with each distinct outcome and how often it was seen. */
  public record Cell(String current, String requested, boolean force, Map<String, Long> outcomes) {
    public boolean exercised() {
      return !outcomes.isEmpty();
    }
  }

  /** One cancel case. */
  public record CancelCell(String current, Map<String, Long> outcomes) {
    public boolean exercised() {
      return !outcomes.isEmpty();
    }
  }

  public static TransitionCoverage of(Observations.Snapshot snapshot) {
    Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
    snapshot.transitions().forEach((k, count) -> {
      String requested = CURRENT.contains(k.requestedStatus()) ? k.requestedStatus() : INVALID;
      String outcome = requested.equals(INVALID) && !k.requestedStatus().equals("foo") ? k.outcome() + " (sent \"" + k.requestedStatus() + "\")" : k.outcome();
      outcomes.computeIfAbsent(key(k.currentStatus(), requested, k.force()), x -> new LinkedHashMap<>())
          .merge(outcome, count, Long::sum);
    });
    List<Cell> cells = new ArrayList<>();
    for (String current : CURRENT) {
      for (String requested : REQUESTED) {
        for (boolean force : new boolean[] {false, true}) {
          cells.add(new Cell(current, requested, force,
              sorted(outcomes.get(key(current, requested, force)))));
        }
      }
    }
    Map<String, Map<String, Long>> cancelOutcomes = new LinkedHashMap<>();
    snapshot.cancels().forEach((k, count) ->
        cancelOutcomes.computeIfAbsent(k.currentStatus(), x -> new LinkedHashMap<>()).merge(k.outcome(), count, Long::sum));
    List<CancelCell> cancels = CURRENT.stream()
        .map(c -> new CancelCell(c, sorted(cancelOutcomes.get(c))))
        .toList();
    return new TransitionCoverage(
        cells.size(), (int) cells.stream().filter(Cell::exercised).count(), List.copyOf(cells),
        cancels.size(), (int) cancels.stream().filter(CancelCell::exercised).count(), cancels);
  }

  private static Map<String, Long> sorted(Map<String, Long> outcomes) {
    return outcomes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(outcomes));
  }

  private static String key(String current, String requested, boolean force) {
    return current + '\0' + requested + '\0' + force;
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> all = new ArrayList<>(a);
    all.add(b);
    return List.copyOf(all);
  }
}
