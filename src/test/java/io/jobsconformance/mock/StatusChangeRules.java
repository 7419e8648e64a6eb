package io.jobsconformance.mock;

import java.util.Map;
import java.util.Set;

/**
 * Which status changes the job server can make, and on whose behalf, from the behaviour reference §3. The API
 * changes a job only through {@code SetJobPending} and {@code SetJobCanceled} (unconditional: PATCH with or without
 * force, whose validity check reads a status that may have changed before the write, as upstream's does) and
 * {@code RequestCancellation} (pending to canceled, in_progress to cancel_requested, each a compare-and-set; cancel
 * and PATCH cancel_requested). A worker claims (pending to in_progress), reports progress (in_progress to itself),
 * and sets success, warning, error, canceled or pending; the simulated workers claim, progress, succeed and cancel.
 */
final class StatusChangeRules {
  static final String ANY = "*";

  /** Who made a change, by the cause in the history. */
  enum Actor {
    API,
    CONTROL_PLANE,
    WORKER_SIMULATION;

    static Actor of(String cause) {
      return switch (cause) {
        case "admin" -> CONTROL_PLANE;
        case "worker-simulation" -> WORKER_SIMULATION;
        default -> API;
      };
    }
  }

  /** Per actor: the new status, and the statuses it may follow. */
  private static final Map<Actor, Map<String, Set<String>>> RULES =
      Map.of(
          Actor.API,
          Map.of(
              "pending", Set.of(ANY),
              "canceled", Set.of(ANY),
              "cancel_requested", Set.of("in_progress")),
          Actor.CONTROL_PLANE,
          Map.of(
              "in_progress", Set.of("pending", "in_progress"),
              "success", Set.of(ANY),
              "warning", Set.of(ANY),
              "error", Set.of(ANY),
              "canceled", Set.of(ANY),
              "pending", Set.of(ANY)),
          Actor.WORKER_SIMULATION,
          Map.of(
              "in_progress", Set.of("pending", "in_progress"),
              "success", Set.of(ANY),
              "canceled", Set.of(ANY)));

  private StatusChangeRules() {}

  static boolean allows(Actor actor, String from, String to) {
    Set<String> sources = RULES.get(actor).get(to);
    return sources != null && (sources.contains(ANY) || sources.contains(from));
  }
}
