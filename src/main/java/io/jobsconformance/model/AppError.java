package io.jobsconformance.model;

import java.util.Map;

/**
 * {@code model.AppError}: a stable dotted id, the English message, a detail that the server hides unless developer
 * mode is on, the request id and the HTTP status. {@code where} names the upstream function that raised it; it is
 * never serialised, as upstream ({@code json:"-"}).
 */
public record AppError(
    String where, String id, String message, String detailedError, String requestId, int statusCode) {

  /** {@code model.NewAppError}: the message is the English translation of the id. */
  public static AppError of(String where, String id, String detail, int status) {
    return new AppError(where, id, Messages.translate(id, Map.of()), detail, "", status);
  }

  /** {@code model.NewAppError} with template parameters such as {@code {{.Name}}}. */
  public static AppError of(String where, String id, Map<String, String> params, String detail, int status) {
    return new AppError(where, id, Messages.translate(id, params), detail, "", status);
  }

  public AppError withRequestId(String newRequestId) {
    return new AppError(where, id, message, detailedError, newRequestId, statusCode);
  }

  /** {@code AppError.WipeDetailed}, applied by {@code handleContextError} unless developer mode is on. */
  public AppError wipeDetailed() {
    return new AppError(where, id, message, "", requestId, statusCode);
  }
}
