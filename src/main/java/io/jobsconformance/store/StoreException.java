package io.jobsconformance.store;

/** Any other store failure: what the SQL store reports as a database error, which the app layer maps to a 500. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }
}
