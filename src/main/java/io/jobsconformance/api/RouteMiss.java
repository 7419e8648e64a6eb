package io.jobsconformance.api;

import io.jobsconformance.model.AppError;
import java.util.Map;

/**
 * {@code web.Handle404} for paths under {@code /api/v4/} that match no route, or match one with another method (the
 * catch-all route clears gorilla/mux's method mismatch, so there is no 405). It runs outside ServeHTTP: no request id,
 * no version header, and the detail is not wiped.
 */
final class RouteMiss {
  private RouteMiss() {}

  static ApiResponse response(String path) {
    AppError error =
        AppError.of(
            "Handle404",
            "api.context.404.app_error",
            "There doesn't appear to be an api call for the url='"
                + path
                + "'.  Typo? are you missing a team_id or user_id as part of the url?",
            404);
    return new ApiResponse(404, Map.of("Content-Type", "application/json"), GoJson.marshalError(error));
  }
}
