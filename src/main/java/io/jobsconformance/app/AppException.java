package io.jobsconformance.app;

import io.jobsconformance.model.AppError;

/** Carries an {@link AppError} from the app layer to the HTTP boundary, which writes it once. */
public final class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient AppError error;

  public AppException(AppError error) {
    super(error.id() + " (" + error.statusCode() + "): " + error.message());
    this.error = error;
  }

  public static AppException of(String where, String id, String detail, int status) {
    return new AppException(AppError.of(where, id, detail, status));
  }

  public AppError error() {
    return error;
  }
}
