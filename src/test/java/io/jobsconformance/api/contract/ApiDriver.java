package io.jobsconformance.api.contract;

import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.util.List;
import java.util.Optional;

/**
 * How a contract reaches one fresh, isolated Jobs API backend: {@link #send} for the public API, the rest for the
 * control plane (seed jobs, put export files, change settings, add sessions). The in-process driver calls
 * {@code Api4} directly; the HTTP driver talks to the WireMock mock in its own namespace. A new driver starts empty,
 * with default settings and the {@link Actor} sessions.
 */
public interface ApiDriver extends AutoCloseable {

  Exchange send(Call call);

  /** Stores the job verbatim and returns it as stored. */
  Job seed(JobSeed seed);

  /** The stored job, read through the control plane (never through the public API), or empty. */
  Optional<Job> job(String id);

  /**
   * How many jobs are stored. The mock's control plane has no count, so the HTTP driver counts what an admin can list
   * through the public API, which includes every job the API itself could have created.
   */
  long jobCount();

  /**
   * Applies a worker-side change ({@code claim}, {@code progress}, {@code success}, {@code error}, {@code warning},
   * {@code canceled}, {@code pending}) the way the job server would, and returns the job after it.
   */
  Job work(String id, String action, Long progress, String error);

  void putExportFile(String path, byte[] content, boolean unreadable);

  void settings(Settings settings);

  void addSession(String token, String roles, String csrf, boolean oauth);

  void addSessionWithPermissions(String token, List<String> permissionIds);

  @Override
  default void close() {}
}
