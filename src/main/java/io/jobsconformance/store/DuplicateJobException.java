package io.jobsconformance.store;

/** A save whose id is already stored: the primary-key violation a database would report. */
public final class DuplicateJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateJobException(String id) {
    super("a job with id " + id + " already exists");
  }
}
