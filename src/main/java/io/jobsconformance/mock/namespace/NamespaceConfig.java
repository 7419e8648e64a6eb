package io.jobsconformance.mock.namespace;

import io.jobsconformance.app.Clock;
import io.jobsconformance.app.Settings;
import io.jobsconformance.mock.storage.Storage;
import io.jobsconformance.model.Session;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What every namespace starts with: the settings a reset returns to, the sessions, the worker simulation step (empty
 * when the simulation is off), where jobs and export files are stored, and the most namespaces the mock keeps, so a client that invents a name per request
 * cannot exhaust the memory of a long-running mock.
 */
public record NamespaceConfig(
    Clock clock,
    Settings settings,
    List<Session> sessions,
    Optional<Duration> workerStep,
    int maxNamespaces,
    Storage storage) {

  public static final int DEFAULT_MAX_NAMESPACES = 10_000;

  public NamespaceConfig {
    sessions = List.copyOf(sessions);
    if (maxNamespaces < 1) {
      throw new IllegalArgumentException("maxNamespaces must be at least 1, got " + maxNamespaces);
    }
    workerStep.ifPresent(
        step -> {
          if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("the worker step must be positive, got " + step);
          }
        });
  }

  /** Jobs and export files in memory. */
  public NamespaceConfig(
      Clock clock, Settings settings, List<Session> sessions, Optional<Duration> workerStep, int maxNamespaces) {
    this(clock, settings, sessions, workerStep, maxNamespaces, Storage.inMemory());
  }

  public static NamespaceConfig of(Settings settings, List<Session> sessions, Optional<Duration> workerStep) {
    return new NamespaceConfig(Clock.SYSTEM, settings, sessions, workerStep, DEFAULT_MAX_NAMESPACES);
  }

  public NamespaceConfig withMaxNamespaces(int max) {
    return new NamespaceConfig(clock, settings, sessions, workerStep, max, storage);
  }

  /** Where every namespace keeps its jobs and export files (PostgreSQL, a directory, or memory). */
  public NamespaceConfig withStorage(Storage value) {
    return new NamespaceConfig(clock, settings, sessions, workerStep, maxNamespaces, value);
  }
}
