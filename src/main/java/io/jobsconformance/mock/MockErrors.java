package io.jobsconformance.mock;

import io.jobsconformance.api.ApiResponse;
import io.jobsconformance.api.GoJson;
import io.jobsconformance.mock.namespace.RefusedRequest;
import io.jobsconformance.model.AppError;
import java.util.Map;

/**
 * The mock's own refusals on the public API, shaped like the server's {@code AppError} ({@code id}, {@code message},
 * {@code detailed_error}, {@code status_code}) so a client's error handling reads them, with ids under {@code mock.}
 * so nobody mistakes them for the real server's.
 */
final class MockErrors {
  private MockErrors() {}

  static ApiResponse response(RefusedRequest refused) {
    AppError error =
        new AppError("ApiTransformer", refused.errorId(), refused.getMessage(), "", "", refused.status());
    return new ApiResponse(refused.status(), Map.of("Content-Type", "application/json"), GoJson.marshalError(error));
  }
}
