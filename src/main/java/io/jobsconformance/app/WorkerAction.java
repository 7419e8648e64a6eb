package io.jobsconformance.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The worker-side changes the control plane can apply, named after what a job worker does. */
public enum WorkerAction {
  CLAIM,
  PROGRESS,
  SUCCESS,
  ERROR,
  WARNING,
  CANCELED,
  PENDING;

  public static WorkerAction fromName(String name) {
    return Arrays.stream(values())
        .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                AdminException.badRequest(
                    "unknown worker action '" + name + "'; expected one of " + names()));
  }

  static String names() {
    return Arrays.stream(values())
        .map(a -> a.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
