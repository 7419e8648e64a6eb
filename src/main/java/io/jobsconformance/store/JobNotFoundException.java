package io.jobsconformance.store;

/** {@code store.ErrNotFound} for a job id. */
public final class JobNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobNotFoundException(String id) {
    super("Job not found: id=" + id);
  }
}
