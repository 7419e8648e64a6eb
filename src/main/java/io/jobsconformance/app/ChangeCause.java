package io.jobsconformance.app;

import java.util.function.Supplier;

/**
 * Who caused the job changes made on the current thread, for {@link JobHistory}: the {@code X-Request-Id} of the API
 * request being served, {@value #ADMIN} for the control plane, {@value #WORKER_SIMULATION} for the simulated
 * workers. A thread-local, so the cause reaches the job server without travelling through every signature; each
 * entry point sets it around its work and restores the previous value afterwards (server threads are pooled).
 */
public final class ChangeCause {
  public static final String ADMIN = "admin";
  public static final String WORKER_SIMULATION = "worker-simulation";
  /** A change made by code that set no cause (a unit test calling the job server directly). */
  public static final String UNKNOWN = "unknown";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ChangeCause() {}

  /** Runs {@code work} with {@code cause} as the current cause. */
  public static <T> T with(String cause, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(cause);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void run(String cause, Runnable work) {
    with(
        cause,
        () -> {
          work.run();
          return null;
        });
  }

  public static String current() {
    String cause = CURRENT.get();
    return cause == null ? UNKNOWN : cause;
  }
}
